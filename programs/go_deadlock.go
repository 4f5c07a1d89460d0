package main

import "fmt"

func main() {
	c := make(chan int)
	fmt.Println("about to block")
	<-c
	fmt.Println("unreachable")
}
