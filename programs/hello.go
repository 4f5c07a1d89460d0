package main

import "fmt"

func main() {
	fmt.Println("Hello, world!")
	fmt.Print("no newline from Print, ")
	fmt.Print("then one\n")
	fmt.Println("several", "operands", 1, 2, true, 3.5)
	fmt.Print("Print puts spaces only between non-strings: ", 1, 2, "x", 3, "\n")
	fmt.Printf("%s has %d letters\n", "govm", len("govm"))
}
