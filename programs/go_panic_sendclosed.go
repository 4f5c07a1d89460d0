package main

import "fmt"

func main() {
	c := make(chan int, 1)
	c <- 1
	close(c)
	fmt.Println(<-c)
	v, ok := <-c
	fmt.Println(v, ok)
	c <- 2
}
