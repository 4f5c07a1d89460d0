package main

import "fmt"

func main() {
	// default when nothing is ready
	c := make(chan int)
	select {
	case v := <-c:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready")
	}

	// a buffered channel with room: the send case runs
	b := make(chan int, 1)
	select {
	case b <- 7:
		fmt.Println("sent 7")
	default:
		fmt.Println("full")
	}
	select {
	case b <- 8:
		fmt.Println("sent 8")
	default:
		fmt.Println("full")
	}
	select {
	case v, ok := <-b:
		fmt.Println("got", v, ok)
	default:
		fmt.Println("empty")
	}

	// nil channels never proceed
	var nilc chan int
	select {
	case v := <-nilc:
		fmt.Println("nil receive", v)
	case nilc <- 1:
		fmt.Println("nil send")
	default:
		fmt.Println("nil channels block")
	}

	// merge two producers; a closed input is disabled by setting it to nil
	a := make(chan int)
	z := make(chan string)
	go func() {
		for i := 1; i <= 50; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for _, s := range []string{"x", "yy", "zzz"} {
			z <- s
		}
		close(z)
	}()
	sum, chars, rounds := 0, 0, 0
	for a != nil || z != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
		case s, ok := <-z:
			if !ok {
				z = nil
				continue
			}
			chars += len(s)
		}
		rounds++
	}
	fmt.Println("sum", sum, "chars", chars, "rounds", rounds)

	// select choosing between send and receive in a loop
	in := make(chan int)
	out := make(chan int, 100)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 10; i++ {
			in <- i
		}
		quit <- true
	}()
	got := 0
loop:
	for {
		select {
		case v := <-in:
			got += v
		case <-quit:
			break loop
		}
	}
	fmt.Println("received total", got)
	for i := 0; i < 5; i++ {
		select {
		case out <- i * i:
		case <-quit:
			fmt.Println("unexpected")
		}
	}
	close(out)
	for v := range out {
		fmt.Print(v, " ")
	}
	fmt.Println()

	// many ready cases: every pick is random, the counts add up
	r1 := make(chan int, 100)
	r2 := make(chan int, 100)
	r3 := make(chan int, 100)
	for i := 0; i < 100; i++ {
		r1 <- 1
		r2 <- 2
		r3 <- 3
	}
	total := 0
	for i := 0; i < 300; i++ {
		select {
		case v := <-r1:
			total += v
		case v := <-r2:
			total += v
		case v := <-r3:
			total += v
		}
	}
	fmt.Println("total", total, len(r1)+len(r2)+len(r3))

	// an empty select with default, and a select with only a default
	n := 0
	for i := 0; i < 3; i++ {
		select {
		default:
			n++
		}
	}
	fmt.Println("defaults", n)

	// a select that blocks until another goroutine sends
	done := make(chan struct{})
	res := make(chan int)
	go func() {
		res <- 42
		close(done)
	}()
	select {
	case v := <-res:
		fmt.Println("blocked then got", v)
	case <-nilc:
		fmt.Println("impossible")
	}
	<-done
	_, ok := <-done
	fmt.Println("done closed:", !ok)
}
