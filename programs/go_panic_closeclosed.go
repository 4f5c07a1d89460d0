package main

import "fmt"

func main() {
	c := make(chan string)
	close(c)
	fmt.Println("closed once")
	close(c)
}
