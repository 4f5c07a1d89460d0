package main

import "fmt"

func check(depth int) {
	if depth == 3 {
		panic("boom")
	}
	fmt.Println("entering depth", depth)
	check(depth + 1)
	fmt.Println("never printed")
}

func main() {
	println("to stderr before the panic")
	fmt.Println("start")
	check(0)
	fmt.Println("unreachable")
}
