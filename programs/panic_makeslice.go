package main

import "fmt"

func alloc(n int) []int {
	return make([]int, n)
}

func main() {
	for _, n := range []int{0, 3, -1} {
		s := alloc(n)
		fmt.Println(n, len(s), cap(s))
	}
}
