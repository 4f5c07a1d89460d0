package main

import "fmt"

func window(s []int, i, j, k int) []int {
	return s[i:j:k]
}

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	w := window(s[:4], 1, 3, 4)
	fmt.Println(w, len(w), cap(w))
	w = window(s[:4], 0, 2, 2)
	fmt.Println(w, len(w), cap(w))
	w = window(s[:4], 1, 2, 9)
	fmt.Println(w)
}
