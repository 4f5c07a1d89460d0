package main

import "fmt"

func main() {
	fmt.Println("stdout line")
	println("println to stderr", 1, true, "x")
	print("print", 2, false, "y", "\n")
	println(1.5, -2.25, 0.0, 100.0, 1e20, 1e-20)
	var i8 int8 = -8
	var u64 uint64 = 18446744073709551615
	var b byte = 255
	println(i8, u64, b)
	print(3, 4, "\n")
	println()
	println("")
	zero := 0.0
	println(1/zero, -1/zero, zero/zero)
	fmt.Println("stdout again")
}
