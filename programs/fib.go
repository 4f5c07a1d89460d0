package main

import "fmt"

// fib computes Fibonacci numbers the slow, recursive way.
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

// fibIter is the iterative version, using tuple assignment.
func fibIter(n int) int {
	a, b := 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func main() {
	for i := 0; i <= 25; i += 5 {
		fmt.Println("fib", i, "=", fib(i))
	}
	fmt.Printf("fib(25) recursive %d, iterative %d\n", fib(25), fibIter(25))
	fmt.Println("fib(90) =", fibIter(90))
	// fib(93) overflows int64 and wraps around
	fmt.Println("fib(93) wraps to", fibIter(93))
	var u uint64 = 0
	var v uint64 = 1
	for i := 0; i < 93; i++ {
		u, v = v, u+v
	}
	fmt.Println("as uint64:", u)
}
