package main

import "fmt"

type Inner struct{ p *int }

func (in *Inner) Set(x *int) { in.p = x } // ERROR "^in does not escape$" "^leaking param: x$"
func (in Inner) Get() *int   { return in.p } // ERROR "^leaking param: in to result ~r0 level=0$"

type Outer struct {
	Inner
	*Extra
	name string
}

type Extra struct{ q *int }

func (e *Extra) Q() *int { return e.q } // ERROR "^leaking param: e to result ~r0 level=1$"

type Getter interface{ Get() *int }

type Big struct {
	arr [20]int
	p   *int
}

type Stack struct {
	data []*int
	top  int
}

func (s *Stack) Push(p *int) { s.data = append(s.data, p) } // ERROR "^leaking param content: s$" "^leaking param: p$"
func (s *Stack) Pop() *int { // ERROR "^leaking param: s to result ~r0 level=2$"
	s.top--
	p := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1] // ERROR "^\(\*Stack\)\.Pop ignoring self-assignment in s\.data = s\.data\[:len\(s\.data\) - 1\]$"
	return p
}

func embed() int {
	var o Outer
	x := 1 // ERROR "^moved to heap: x$"
	o.Set(&x)
	e := Extra{}
	o.Extra = &e
	y := 2 // ERROR "^moved to heap: y$"
	o.q = &y
	var g Getter = o // ERROR "^o does not escape$"
	return *o.Get() + *o.Q() + *g.Get() // ERROR "^devirtualizing g\.Get to Outer$"
}

func devirt() int {
	x := 3
	in := &Inner{&x} // ERROR "^&Inner\{\.\.\.\} does not escape$"
	var g Getter = in
	return *g.Get() // ERROR "^devirtualizing g\.Get to \*Inner$"
}

func bigCapture() func() int {
	var b Big // ERROR "^moved to heap: b$"
	b.arr[0] = 1
	small := [16]int{}
	return func() int { return b.arr[0] + small[1] } // ERROR "^func literal escapes to heap$"
}

func capParam(p *int, n int) func() int { // ERROR "^leaking param: p$"
	return func() int { return *p + n } // ERROR "^func literal escapes to heap$"
}

func namedRes() (r *int, s []int) {
	x := 1 // ERROR "^moved to heap: x$"
	r = &x
	s = make([]int, 3) // ERROR "^make\(\[\]int, 3\) escapes to heap$"
	func() { s[0] = *r }() // ERROR "^func literal does not escape$"
	return
}

func recov() (err interface{}) {
	defer func() { // ERROR "^func literal does not escape$"
		err = recover()
	}()
	v := 3 // ERROR "^moved to heap: v$"
	panic(&v)
}

func ranges() int {
	arr := [3]*int{}
	a := 1
	arr[0] = &a
	s := 0
	for _, p := range arr {
		if p != nil {
			s += *p
		}
	}
	pa := &arr
	for i := range pa {
		s += i
	}
	sl := []*int{&a} // ERROR "^\[\]\*int\{\.\.\.\} does not escape$"
	var keep *int
	for _, p := range sl {
		keep = p
	}
	_ = keep
	return s
}

func stack() int {
	var st Stack
	a, b := 1, 2 // ERROR "^moved to heap: a$" "^moved to heap: b$"
	st.Push(&a)
	st.Push(&b)
	return *st.Pop()
}

func anon() int {
	x := 5
	s := struct {
		p *int
		n int
	}{&x, 1}
	t := s
	return *t.p
}

func retAddr(v int) *int { return &v } // ERROR "^moved to heap: v$"

func local() []int {
	var a [8]int // ERROR "^moved to heap: a$"
	return a[2:4]
}

func main() {
	fmt.Println(embed(), devirt(), bigCapture()(), capParam(new(int), 2)()) // ERROR "^\.\.\. argument does not escape$" "^\.autotmp_0\(\) escapes to heap$" "^\.autotmp_1\(\) escapes to heap$" "^devirt\(\) escapes to heap$" "^embed\(\) escapes to heap$" "^new\(int\) escapes to heap$"
	r, s := namedRes()
	fmt.Println(*r, s, recov() != nil, ranges(), stack(), anon(), *retAddr(3), local()) // ERROR "^\*r escapes to heap$" "^\*retAddr\(3\) escapes to heap$" "^\.\.\. argument does not escape$" "^anon\(\) escapes to heap$" "^local\(\) escapes to heap$" "^ranges\(\) escapes to heap$" "^recov\(\) != nil escapes to heap$" "^s escapes to heap$" "^stack\(\) escapes to heap$"
}
