package main

import "fmt"

func adder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

type Op struct {
	name string
	fn   func(int, int) int
}

type Machine struct {
	acc   int
	hooks []func(int)
}

func (m *Machine) Add(x int) {
	m.acc += x
	for _, h := range m.hooks {
		h(m.acc)
	}
}

func makeMultipliers(n int) []func(int) int {
	var fs []func(int) int
	for i := 1; i <= n; i++ {
		k := i // a fresh variable per iteration
		fs = append(fs, func(x int) int { return x * k })
	}
	return fs
}

func sharedLoopVar() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ { // one i shared by every closure (Go 1.19)
		fs = append(fs, func() int { return i })
	}
	return fs
}

func memoFib() func(int) int {
	memo := make([]int, 100)
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if memo[n] != 0 {
			return memo[n]
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	return fib
}

func main() {
	add := adder(10)
	ops := []Op{
		{"add", func(a, b int) int { return a + b }},
		{"sub", func(a, b int) int { return a - b }},
		{"mul", func(a, b int) int { return a * b }},
	}
	for _, op := range ops {
		fmt.Print(op.name, "=", op.fn(7, 3), " ")
	}
	fmt.Println()

	var log []int
	m := &Machine{}
	m.hooks = append(m.hooks, func(v int) { log = append(log, v) })
	m.hooks = append(m.hooks, func(v int) {
		if v > 10 {
			log = append(log, -1)
		}
	})
	m.Add(5)
	m.Add(7)
	m.Add(1)
	fmt.Println(m.acc, log)

	for _, mf := range makeMultipliers(4) {
		fmt.Print(mf(10), " ")
	}
	fmt.Println()
	for _, g := range sharedLoopVar() {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	fib := memoFib()
	fmt.Println(fib(50), fib(90))

	// recursive closure over a captured slice
	var walk func(n int) int
	depth := 0
	walk = func(n int) int {
		depth++
		if n <= 1 {
			return 1
		}
		return walk(n-1) + walk(n-2)
	}
	fmt.Println(walk(20), depth)

	// nil function value
	var nf func()
	fmt.Println(nf == nil, add != nil)

	// closures modifying a struct through a captured pointer
	type pair struct{ a, b int }
	p := &pair{1, 2}
	swap := func() { p.a, p.b = p.b, p.a }
	swap()
	fmt.Println(*p)
	swap()
	q := *p
	swap()
	fmt.Println(*p, q)

	// immediately invoked
	res := func(a, b int) int { return a*10 + b }(4, 2)
	fmt.Println(res)

	// closure captures arrays by reference too
	var arr [3]int
	set := func(i, v int) { arr[i] = v }
	set(0, 5)
	set(2, 9)
	fmt.Println(arr)
}
