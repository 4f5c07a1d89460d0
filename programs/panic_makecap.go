package main

import "fmt"

func main() {
	n, c := 5, 3
	s := make([]byte, 2, c)
	fmt.Println(len(s), cap(s))
	s = make([]byte, n, c)
	fmt.Println(len(s), cap(s))
}
