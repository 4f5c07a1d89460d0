package main

import "fmt"

func prefix(s string, n int) string {
	return s[:n]
}

func main() {
	word := "hello"
	for n := 0; n <= len(word); n += 2 {
		fmt.Printf("%q\n", prefix(word, n))
	}
	fmt.Println(prefix(word, 10))
}
