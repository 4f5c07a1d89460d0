package main

import "fmt"

func main() {
	n := 42
	fmt.Printf("[%d] [%5d] [%-5d] [%05d] [%x] [%X] [%8x]\n", n, n, n, n, n, n, 255)
	fmt.Printf("[%d] [%5d] [%-5d] [%05d] [%x]\n", -n, -n, -n, -n, -n)
	fmt.Printf("[%v] [%v] [%v] [%v]\n", 1, "two", 3.5, true)
	fmt.Printf("[%s] [%8s] [%-8s] [%q]\n", "go", "go", "go", "go")
	fmt.Printf("[%t] [%6t] [%-6t]\n", true, false, true)
	fmt.Printf("[%c] [%c] [%3c] [%-3c]\n", 65, 0x4E16, 66, 67)
	fmt.Printf("[%f] [%.2f] [%8.3f] [%-8.2f] [%08.3f]\n", 3.14159, 3.14159, 3.14159, 3.14159, -3.14159)
	fmt.Printf("100%% sure, %d%%\n", 50)
	fmt.Printf("%d %s\n", "wrong", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n", 3)
	fmt.Printf("no verbs at all\n")
	var i8 int8 = -5
	var u8 uint8 = 250
	var u64 uint64 = 18446744073709551615
	fmt.Printf("%d %d %d %x %x\n", i8, u8, u64, u8, u64)
	fmt.Printf("%v|%6v|%-6v|\n", 1.5, 2, "x")
	for i := 1; i <= 100000; i *= 10 {
		fmt.Printf("|%6d|%-6d|%06d|\n", i, i, i)
	}
	fmt.Printf("%x %x %q\n", "hex", -1, "\n")
	fmt.Printf("%s and %v\n", "string", "value")
	fmt.Printf("%5.1f%%\n", 99.5)
	var b byte = 10
	fmt.Printf("%d %x %c|\n", b, b, 97)
}
