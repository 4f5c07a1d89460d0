package main

import "fmt"

func divide(a, b int) int {
	return a / b
}

func main() {
	total := 0
	for d := 3; d >= 0; d-- {
		fmt.Println("100 /", d)
		total += divide(100, d)
		fmt.Println("total", total)
	}
	fmt.Println("unreachable")
}
