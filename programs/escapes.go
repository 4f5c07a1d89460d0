package main

import "fmt"

// Programs whose allocations sit on both sides of escape analysis: the
// output is the same either way; the .m golden records gc's decisions.

type Point struct{ X, Y int }

type Box struct {
	P    *Point
	Vals []int
}

var global *Point
var keep []*int

func newPoint(x, y int) *Point {
	p := Point{x, y} // moved to heap: returned by address
	return &p
}

func newPoint2(x, y int) *Point {
	return &Point{x, y} // escapes
}

func sumLocal(n int) int {
	p := &Point{n, n} // does not escape
	q := new(Point)   // does not escape
	q.X = p.X * 2
	return p.X + q.X
}

func identity(p *Point) *Point { return p } // leaks to result

func readOnly(p *Point) int { return p.X + p.Y } // does not escape

func store(p *Point) { global = p } // leaks to heap

func remember(x int) {
	v := x
	keep = append(keep, &v)
}

func fixedBuf() int {
	buf := make([]int, 16) // does not escape
	for i := range buf {
		buf[i] = i
	}
	return buf[15]
}

func varBuf(n int) int {
	buf := make([]int, n) // escapes: size unknown
	for i := range buf {
		buf[i] = i * i
	}
	return buf[n-1]
}

func growing(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func counter() func() int {
	c := 0 // moved to heap: captured by an escaping closure
	return func() int {
		c++
		return c
	}
}

func localClosure(n int) int {
	total := 0
	add := func(k int) { total += k } // does not escape
	for i := 0; i < n; i++ {
		add(i)
	}
	return total
}

func fill(b *Box, n int) {
	for i := 0; i < n; i++ {
		b.Vals = append(b.Vals, i)
	}
}

func chain(n int) *Point {
	if n == 0 {
		return newPoint(0, 0)
	}
	p := chain(n - 1)
	p.X += n
	return p
}

func main() {
	a := newPoint(1, 2)
	b := newPoint2(3, 4)
	fmt.Println(*a, *b, a == b)
	fmt.Println(sumLocal(21))
	local := Point{5, 6}
	fmt.Println(readOnly(&local), identity(&local) == &local)
	store(b)
	fmt.Println(global == b, *global)
	for i := 0; i < 3; i++ {
		remember(i * 10)
	}
	fmt.Println(len(keep), *keep[0], *keep[1], *keep[2], keep[0] != keep[1])
	fmt.Println(fixedBuf(), varBuf(12))
	s := growing(10)
	fmt.Println(s, len(s), cap(s))
	c := counter()
	c()
	fmt.Println(c(), localClosure(100))
	var box Box
	box.P = &Point{7, 8}
	fill(&box, 5)
	fmt.Println(*box.P, box.Vals)
	fmt.Println(*chain(100))
}
