package main

import "fmt"

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func filter(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int, 4)
	go func() {
		defer func() { close(out) }()
		for v := range in {
			if keep(v) {
				out <- v
			}
		}
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	out := make(chan int)
	done := make(chan struct{})
	for _, c := range cs {
		go func(c <-chan int) {
			for v := range c {
				out <- v
			}
			done <- struct{}{}
		}(c)
	}
	go func() {
		for range cs {
			<-done
		}
		close(out)
	}()
	return out
}

type stage func(<-chan int) <-chan int

func addN(n int) stage {
	return func(in <-chan int) <-chan int {
		out := make(chan int)
		go func() {
			for v := range in {
				out <- v + n
			}
			close(out)
		}()
		return out
	}
}

func main() {
	// a linear pipeline: order is preserved
	for v := range filter(sq(gen(20)), func(x int) bool { return x%2 == 1 }) {
		fmt.Print(v, " ")
	}
	fmt.Println()

	// fan-out / fan-in: the sum does not depend on the order
	src := gen(1000)
	sum, count := 0, 0
	for v := range merge(sq(src), sq(src), sq(src), sq(src)) {
		sum += v
		count++
	}
	fmt.Println("fan-in:", count, sum)

	// a chain of 100 stages, each adding its index
	var c <-chan int = gen(5)
	for i := 1; i <= 100; i++ {
		c = addN(i)(c)
	}
	for v := range c {
		fmt.Print(v, " ")
	}
	fmt.Println()

	// strings through a buffered channel
	words := make(chan string, 3)
	lens := make(chan int)
	go func() {
		for w := range words {
			lens <- len(w)
		}
		close(lens)
	}()
	go func() {
		for _, w := range []string{"go", "routines", "and", "channels", ""} {
			words <- w
		}
		close(words)
	}()
	for n := range lens {
		fmt.Print(n, ",")
	}
	fmt.Println()
}
