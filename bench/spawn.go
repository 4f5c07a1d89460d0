// Spawn 100,000 goroutines that each send one value to main.
package main

import "fmt"

func main() {
	const n = 100000
	c := make(chan int)
	for i := 0; i < n; i++ {
		go func(v int) {
			c <- v
		}(i)
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-c
	}
	fmt.Println(sum)
}
