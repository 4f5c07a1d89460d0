package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func adder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func filter(xs []int, keep func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func reduce(xs []int, init int, f func(int, int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func repeat(n int, f func()) {
	for i := 0; i < n; i++ {
		f()
	}
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	c1, c2 := counter(), counter()
	fmt.Println(c1(), c1(), c1(), c2(), c1())

	add := adder(10)
	fmt.Println(add(1), add(2), add(3))

	xs := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	sq := apply(xs, func(x int) int { return x * x })
	fmt.Println(sq)
	fmt.Println(filter(sq, func(x int) bool { return x%2 == 1 }))
	fmt.Println(reduce(xs, 0, func(a, b int) int { return a + b }),
		reduce(xs, 1, func(a, b int) int { return a * b }))

	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5))

	// capture by reference: the closure sees later writes
	total := 0
	repeat(5, func() { total += 3 })
	fmt.Println(total)
	x := 1
	show := func() int { return x }
	x = 42
	fmt.Println(show())

	f := fibGen()
	for i := 0; i < 15; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
