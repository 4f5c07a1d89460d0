package main

import "fmt"

func cleanup(name string) {
	fmt.Println("cleanup", name)
}

func work(c chan int) {
	defer cleanup("work")
	defer func() { fmt.Println("closure in work sees", len(c)) }()
	close(c)
	close(c)
}

func main() {
	defer fmt.Println("main's defer")
	c := make(chan int, 3)
	c <- 1
	work(c)
	fmt.Println("not reached")
}
