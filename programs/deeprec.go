package main

import "fmt"

// sum adds 1..n recursively: one frame per number.
func sum(n int) int {
	if n == 0 {
		return 0
	}
	return n + sum(n-1)
}

// countDown recurses through two mutually recursive functions.
func even(n int) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n int) bool {
	if n == 0 {
		return false
	}
	return even(n - 1)
}

func depth(n, acc int) int {
	if n == 0 {
		return acc
	}
	return depth(n-1, acc+n%7)
}

func main() {
	fmt.Println(sum(1000000))
	fmt.Println(even(300001), odd(300001))
	fmt.Println(depth(500000, 0))
}
