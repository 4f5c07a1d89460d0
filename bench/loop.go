package main

import "fmt"

func main() {
	s := 0
	for i := 0; i < 10000000; i++ {
		s += i * i % 7
		s ^= i
	}
	fmt.Println(s)
}
