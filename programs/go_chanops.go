package main

import "fmt"

type pair struct {
	a, b int
	s    string
}

func main() {
	c := make(chan int, 5)
	fmt.Println(len(c), cap(c))
	for i := 0; i < 3; i++ {
		c <- i * 10
	}
	fmt.Println(len(c), cap(c))
	fmt.Println(<-c, len(c))
	close(c)
	for v := range c {
		fmt.Println("drain", v)
	}
	v, ok := <-c
	fmt.Println("after close:", v, ok)

	// zero-size elements
	sig := make(chan struct{}, 3)
	sig <- struct{}{}
	sig <- struct{}{}
	fmt.Println("signals", len(sig))
	<-sig
	close(sig)
	n := 0
	for range sig {
		n++
	}
	fmt.Println("remaining signals", n)

	// structs and strings through channels
	pc := make(chan pair)
	go func() {
		for i := 0; i < 3; i++ {
			pc <- pair{i, i * i, fmt.Sprint("p", i)}
		}
		close(pc)
	}()
	for p := range pc {
		fmt.Println(p.a, p.b, p.s)
	}

	// channels of channels
	reqs := make(chan chan int)
	go func() {
		for r := range reqs {
			r <- 99
		}
	}()
	reply := make(chan int)
	reqs <- reply
	fmt.Println("reply", <-reply)
	close(reqs)

	// a FIFO through a buffered channel keeps order
	q := make(chan string, 10)
	for _, s := range []string{"one", "two", "three"} {
		q <- s
	}
	fmt.Println(<-q, <-q, <-q)

	// unbuffered handshakes alternate strictly
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	x := 0
	for i := 0; i < 5; i++ {
		ping <- x
		x = <-pong
		fmt.Print(x, " ")
	}
	close(ping)
	_, ok = <-pong
	fmt.Println(ok)

	// directional conversions and nil comparisons
	var send chan<- int = c
	var recv <-chan int = c
	var nilc chan int
	fmt.Println(send != nil, recv != nil, nilc == nil, cap(send), len(recv))

	// bool and byte channels
	bc := make(chan bool, 2)
	bc <- true
	bc <- false
	fmt.Println(<-bc, <-bc)
	bytes := make(chan byte, 4)
	for _, ch := range []byte("hey!") {
		bytes <- ch
	}
	close(bytes)
	s := ""
	for ch := range bytes {
		s = string(ch) + s
	}
	fmt.Println(s)
}
