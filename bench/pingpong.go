// Ping-pong: 1,000,000 messages over unbuffered channels (500,000 round trips).
package main

import "fmt"

func main() {
	const rounds = 500000
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < rounds; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	<-pong
	fmt.Println(v)
}
