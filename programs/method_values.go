package main

import (
	"fmt"
	"sync"
)

// Method values: x.M evaluated to a func value that carries its receiver,
// evaluated (and, for value receivers, copied) when the method value is made.

type Counter struct {
	name string
	n    int
}

func (c *Counter) Add(k int) int {
	c.n += k
	return c.n
}

func (c Counter) Describe(prefix string) (string, int) {
	return prefix + c.name, c.n
}

type Named struct {
	*Counter
	tag string
}

type Acc struct{ sum int }

func (a *Acc) Put(v int) { a.sum += v }

func apply(f func(int) int, xs ...int) int {
	last := 0
	for _, x := range xs {
		last = f(x)
	}
	return last
}

func each(xs []int, put func(int)) {
	for _, x := range xs {
		put(x)
	}
}

func makeAdders() []func(int) int {
	var fs []func(int) int
	for i := 0; i < 3; i++ {
		c := &Counter{name: fmt.Sprint("c", i), n: i * 100}
		fs = append(fs, c.Add) // each closure keeps its own counter alive
	}
	return fs
}

func main() {
	c := &Counter{name: "hits"}
	add := c.Add
	add(2)
	fmt.Println(apply(add, 1, 2, 3), c.n)

	// a value receiver is copied when the method value is made
	v := *c
	desc := v.Describe
	c.n = 1000
	v.n = -1
	fmt.Println(desc("counter "))
	ptrDesc := c.Describe // through the pointer: *c copied now
	c.n = 5
	fmt.Println(ptrDesc("now "))

	// promoted through an embedded pointer
	nm := Named{Counter: &Counter{name: "inner"}, tag: "t"}
	inc := nm.Add
	inc(7)
	fmt.Println(nm.n, nm.Counter.n)

	// method values as callbacks, kept past their maker's return
	var a Acc
	each([]int{1, 2, 3, 4}, a.Put)
	fmt.Println(a.sum)
	for _, f := range makeAdders() {
		fmt.Println(f(1))
	}

	// and run by goroutines
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := &Acc{}
	put := total.Put
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			mu.Lock()
			put(k)
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(total.sum)

	var nilc *Counter
	f := nilc.Add // a nil pointer receiver is fine until the method uses it
	fmt.Println(f != nil)
}
