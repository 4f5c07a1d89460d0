package main

import "fmt"

type big struct {
	id   int
	data [64]int
	name string
}

func fill(id int) big {
	var b big
	b.id = id
	for i := range b.data {
		b.data[i] = id*1000 + i
	}
	b.name = fmt.Sprint("item-", id)
	return b
}

func check(b big) int {
	s := 0
	for i, v := range b.data {
		if v != b.id*1000+i {
			return -1
		}
		s += v
	}
	return s
}

// recurse to depth n (growing the stack), then receive into a local there
func deepRecv(n int, c <-chan big, out chan<- int) {
	if n > 0 {
		var pad [8]int
		pad[n%8] = n
		deepRecv(n-1, c, out)
		if pad[n%8] != n {
			out <- -1
		}
		return
	}
	for b := range c {
		out <- check(b) + len(b.name)
	}
	close(out)
}

func main() {
	c := make(chan big)
	out := make(chan int)
	go deepRecv(3000, c, out)
	go func() {
		for i := 0; i < 20; i++ {
			c <- fill(i)
		}
		close(c)
	}()
	total := 0
	for v := range out {
		total += v
	}
	fmt.Println("total:", total)

	// buffered channel of arrays: values are copied in and out
	ac := make(chan [16]int, 4)
	var a [16]int
	for i := 0; i < 4; i++ {
		a[i] = i + 1
		ac <- a
	}
	a[0] = 100
	close(ac)
	for x := range ac {
		fmt.Print(x[0], x[1], x[2], x[3], " ")
	}
	fmt.Println()

	// select with a large element
	sc := make(chan big, 1)
	select {
	case sc <- fill(7):
	default:
		fmt.Println("full?")
	}
	select {
	case b, ok := <-sc:
		fmt.Println(b.name, ok, check(b))
	default:
		fmt.Println("empty?")
	}

	// strings and slices shared through channels
	sl := make(chan []int)
	go func() {
		s := make([]int, 0)
		for i := 0; i < 5; i++ {
			s = append(s, i*i)
		}
		sl <- s
	}()
	got := <-sl
	fmt.Println(got, len(got))
}
