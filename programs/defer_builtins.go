package main

import "fmt"

// Builtins in defer statements: their arguments are evaluated at the defer
// statement, the call runs when the function returns (or panics).

func produce(n int, ch chan int) {
	defer close(ch)
	for i := 0; i < n; i++ {
		ch <- i * i
	}
}

func trace(name string) {
	defer println("leaving", name)
	x := 1
	defer println("x was", x)
	x = 2
	println("in", name, x)
}

func closeTwice() {
	ch := make(chan int)
	defer close(ch)
	defer fmt.Println("closing twice next")
	close(ch)
}

func main() {
	ch := make(chan int)
	go produce(4, ch)
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println("sum", sum)
	trace("trace")
	defer fmt.Println("main's deferred print runs during the panic")
	closeTwice()
}
