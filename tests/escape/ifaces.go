package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Shape interface {
	Area() int
	Name() string
}

type Rect struct{ w, h int }
type Circle struct{ r int }

func (r Rect) Area() int      { return r.w * r.h }
func (r Rect) Name() string   { return "rect" }
func (c *Circle) Area() int   { return 3 * c.r * c.r } // ERROR "^c does not escape$"
func (c *Circle) Name() string { return "circle" } // ERROR "^c does not escape$"

type Named struct {
	Shape
	label string
}

var registry = map[string]Shape{} // ERROR "^map\[string\]Shape\{\} escapes to heap$"
var defaultShape Shape = Rect{1, 1}
var counter = new(int) // ERROR "^new\(int\) escapes to heap$"
var fns = []func() int{func() int { return 1 }}
var msg = "hello" + strconv.Itoa(3) // ERROR "^.hello. \+ strconv\.Itoa\(3\) escapes to heap$"

func describe(s Shape) string { // ERROR "^leaking param: s$"
	switch v := s.(type) {
	case Rect:
		return fmt.Sprintf("R%d", v.w) // ERROR "^\.\.\. argument does not escape$" "^v\.w escapes to heap$"
	case *Circle:
		return v.Name()
	case nil:
		return "nil"
	default:
		return v.Name()
	}
}

func kinds(x interface{}) int { // ERROR "^leaking param: x$"
	switch x.(type) {
	case int, int64:
		return 1
	case string:
		return 2
	}
	if s, ok := x.(Shape); ok {
		return s.Area()
	}
	return 0
}

func maps() int {
	m := make(map[string]*int) // ERROR "^make\(map\[string\]\*int\) does not escape$"
	a := 1 // ERROR "^moved to heap: a$"
	m["a"] = &a
	b := 2 // ERROR "^moved to heap: b$"
	m2 := map[string]*int{"b": &b} // ERROR "^map\[string\]\*int\{\.\.\.\} does not escape$"
	sum := 0
	for k, v := range m {
		sum += *v + len(k)
	}
	if v, ok := m2["b"]; ok {
		sum += *v
	}
	delete(m, "a")
	var iface map[interface{}]int = map[interface{}]int{} // ERROR "^map\[interface \{\}\]int\{\} does not escape$"
	iface[sum] = 1 // ERROR "^sum escapes to heap$"
	return sum + len(iface)
}

func chans() int {
	ch := make(chan *int, 2)
	done := make(chan bool)
	x := 1 // ERROR "^moved to heap: x$"
	ch <- &x
	go func() { // ERROR "^func literal escapes to heap$"
		for p := range ch {
			_ = *p
		}
		done <- true
	}()
	y := 2 // ERROR "^moved to heap: y$"
	select {
	case ch <- &y:
	case v := <-ch:
		_ = v
	case <-done:
	default:
	}
	close(ch)
	<-done
	v, ok := <-ch
	_, _ = v, ok
	return 0
}

func strs(s string, b []byte) (string, int) { // ERROR "^b does not escape$" "^s does not escape$"
	t := s + "x" // ERROR "^s \+ .x. does not escape$"
	t += s
	u := string(b) // ERROR "^string\(b\) does not escape$"
	bs := []byte(s) // ERROR "^\(\[\]byte\)\(s\) does not escape$"
	rs := []rune(s) // ERROR "^\(\[\]rune\)\(s\) does not escape$"
	n := 0
	for i, r := range s {
		n += i + int(r)
	}
	return t + u + string(rs[0]) + string(bs[:1]), n // ERROR "^string\(bs\[:1\]\) does not escape$" "^string\(rs\[0\]\) does not escape$" "^t \+ u \+ string\(rs\[0\]\) \+ string\(bs\[:1\]\) escapes to heap$"
}

func slices(xs []int) []int { // ERROR "^xs does not escape$"
	var arr [4]int
	s := arr[:]
	s = append(s, xs...)
	t := make([]int, len(xs), 10) // ERROR "^make\(\[\]int, len\(xs\), 10\) escapes to heap$"
	copy(t, xs)
	u := []*int{&arr[0]} // ERROR "^\[\]\*int\{\.\.\.\} does not escape$"
	_ = u
	w := s[1:2:3]
	return append(t, w...)
}

func pair() (int, error)    { return 1, nil }
func triple() (a, b, c int) { return 1, 2, 3 }
func takeIface(a, b interface{}) {} // ERROR "^a does not escape$" "^b does not escape$"
func takeInts(a, b int) int  { return a + b }

func multi() (interface{}, error) {
	takeIface(pair()) // ERROR "^\.autotmp_2 does not escape$"
	_ = takeInts(pair2())
	var i interface{}
	var e error
	i, e = pair() // ERROR "^\.autotmp_8 does not escape$"
	_, _ = i, e
	x, y, z := triple()
	_ = x + y + z
	return pair() // ERROR "^\.autotmp_13 escapes to heap$"
}

func pair2() (int, int) { return 1, 2 }

func errs(n int) error {
	if n < 0 {
		return errors.New("neg")
	}
	return nil
}

func main() {
	var s Shape = Rect{2, 3} // ERROR "^Rect\{\.\.\.\} escapes to heap$"
	c := &Circle{1} // ERROR "^&Circle\{\.\.\.\} escapes to heap$"
	n := Named{c, "x"}
	fmt.Println(describe(s), describe(c), n.Area(), kinds(s), kinds(3), maps(), chans()) // ERROR "^\.\.\. argument does not escape$" "^3 escapes to heap$" "^chans\(\) escapes to heap$" "^describe\(c\) escapes to heap$" "^describe\(s\) escapes to heap$" "^kinds\(3\) escapes to heap$" "^kinds\(s\) escapes to heap$" "^maps\(\) escapes to heap$" "^n\.Shape\.Area\(\) escapes to heap$"
	registry["r"] = s
	r := Rect{1, 2}
	var sh Shape = r // ERROR "^r does not escape$"
	fmt.Println(sh.Area(), defaultShape.Name(), *counter, fns[0](), msg) // ERROR "^\*counter escapes to heap$" "^\.\.\. argument does not escape$" "^Rect\.Area\(sh\.\(Rect\)\) escapes to heap$" "^defaultShape\.Name\(\) escapes to heap$" "^devirtualizing sh\.Area to Rect$" "^fns\[0\]\(\) escapes to heap$" "^msg escapes to heap$"
	fmt.Println(strs("ab", []byte("c"))) // ERROR "^\(\[\]byte\)\(.c.\) does not escape$" "^\.\.\. argument does not escape$" "^\.autotmp_5 escapes to heap$" "^\.autotmp_6 escapes to heap$"
	fmt.Println(slices([]int{1, 2}), multi) // ERROR "^\.\.\. argument does not escape$" "^\[\]int\{\.\.\.\} does not escape$" "^slices\(\[\]int\{\.\.\.\}\) escapes to heap$"
	_ = errs
}
