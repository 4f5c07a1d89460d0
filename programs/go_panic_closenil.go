package main

import "fmt"

func main() {
	var c chan int
	fmt.Println(len(c), cap(c))
	close(c)
}
