package main

import "fmt"

func main() {
	s := make([]int, 2, 4)
	for _, j := range []int{0, 2, 4, 7} {
		t := s[:j]
		fmt.Println(j, len(t), cap(t))
	}
}
