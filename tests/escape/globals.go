package main

import "fmt"

type P struct{ x, y int }
type Node struct {
	v    int
	next *Node
}

type I interface{ M() int }
type J interface {
	I
	N() int
}
type impl struct{ n int }

func (i *impl) M() int { return i.n } // ERROR "^i does not escape$"
func (i *impl) N() int { return i.n } // ERROR "^i does not escape$"

type wrap struct{ I }

var gp = &P{1, 2}
var gs = []*P{{1, 2}, {3, 4}}
var gm = map[string]P{"a": {1, 2}} // ERROR "^map\[string\]P\{\.\.\.\} escapes to heap$"
var gi I = &impl{3}
var gf = func() int { return gp.x }
var gn = mk(5)
var gx = *gp
var ga, gb = two()

func mk(n int) *Node { return &Node{v: n} } // ERROR "^&Node\{\.\.\.\} escapes to heap$"
func two() (*int, int) { return new(int), 1 } // ERROR "^new\(int\) escapes to heap$"

func init() {
	gp.x = 10
	p := &P{} // ERROR "^&P\{\} escapes to heap$"
	gs = append(gs, p)
}

func elided() int {
	ps := []*P{{1, 2}, {3, 4}} // ERROR "^&P\{\.\.\.\} does not escape$" "^\[\]\*P\{\.\.\.\} does not escape$"
	arr := [2]P{{5, 6}}
	m := map[P]*P{{1, 1}: {2, 2}} // ERROR "^&P\{\.\.\.\} escapes to heap$" "^map\[P\]\*P\{\.\.\.\} does not escape$"
	return ps[0].x + arr[0].x + len(m)
}

func big() int {
	var huge [2000000]int64 // ERROR "^moved to heap: huge$"
	huge[1] = 3
	b := make([]byte, 70000) // ERROR "^make\(\[\]byte, 70000\) escapes to heap$"
	c := make([]byte, 100) // ERROR "^make\(\[\]byte, 100\) does not escape$"
	d := new([70000]byte) // ERROR "^new\(\[70000\]byte\) escapes to heap$"
	e := new([100]byte) // ERROR "^new\(\[100\]byte\) does not escape$"
	const K = 1 << 10
	f := make([]int, K) // ERROR "^make\(\[\]int, K\) does not escape$"
	g := make([]int, K, K*2) // ERROR "^make\(\[\]int, K, K \* 2\) does not escape$"
	h := make(map[int]int, K) // ERROR "^make\(map\[int\]int, K\) does not escape$"
	return int(huge[1]) + len(b) + len(c) + len(d) + len(e) + len(f) + len(g) + len(h)
}

func closureCalled() int {
	var u int
	*(func() *int { return &u }()) = 42 // ERROR "^func literal does not escape$"
	v := 1
	p := func() *int { return &v }() // ERROR "^func literal does not escape$"
	return u + *p
}

func ifaceMethodValue(i I) func() int { // ERROR "^leaking param: i$"
	return i.M // ERROR "^i\.M escapes to heap$"
}

func partial() int {
	var w wrap
	w.I = &impl{2} // ERROR "^&impl\{\.\.\.\} escapes to heap$"
	var j I = w // ERROR "^w does not escape$"
	return j.M() // ERROR "^partially devirtualizing j\.M to wrap$"
}

func chain(n *Node) int { // ERROR "^n does not escape$"
	s := 0
	for ; n != nil; n = n.next {
		s += n.v
	}
	return s
}

func build(n int) *Node {
	var head *Node
	for i := 0; i < n; i++ {
		head = &Node{i, head} // ERROR "^&Node\{\.\.\.\} escapes to heap$"
	}
	return head
}

func strsArgs(a, b string) int { // ERROR "^a does not escape$" "^b does not escape$"
	fmt.Println(a+b, []byte(a), string([]byte(b))) // ERROR "^\(\[\]byte\)\(a\) escapes to heap$" "^\(\[\]byte\)\(b\) does not escape$" "^\.\.\. argument does not escape$" "^a \+ b escapes to heap$" "^string\(\(\[\]byte\)\(b\)\) escapes to heap$"
	return len(a + b + "!") // ERROR "^a \+ b \+ .!. does not escape$"
}

func main() {
	fmt.Println(elided(), big(), closureCalled(), ifaceMethodValue(gi)(), partial(), chain(build(3))) // ERROR "^\.\.\. argument does not escape$" "^\.autotmp_0\(\) escapes to heap$" "^big\(\) escapes to heap$" "^chain\(build\(3\)\) escapes to heap$" "^closureCalled\(\) escapes to heap$" "^elided\(\) escapes to heap$" "^partial\(\) escapes to heap$"
	fmt.Println(strsArgs("a", "b"), gf(), gn.v, gx.x, *ga, gb, len(gm)) // ERROR "^\*ga escapes to heap$" "^\.\.\. argument does not escape$" "^gb escapes to heap$" "^gf\(\) escapes to heap$" "^gn\.v escapes to heap$" "^gx\.x escapes to heap$" "^len\(gm\) escapes to heap$" "^strsArgs\(.a., .b.\) escapes to heap$"
}
