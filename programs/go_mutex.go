package main

import (
	"fmt"
	"runtime"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
	by [50]int
}

func (c *Counter) Inc(who int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
	c.by[who]++
}

func (c *Counter) Value() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

func main() {
	var c Counter
	var wg sync.WaitGroup
	for g := 0; g < 50; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				c.Inc(g)
				if i%100 == 0 {
					runtime.Gosched()
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("counter:", c.Value())
	ok := true
	for _, n := range c.by {
		if n != 1000 {
			ok = false
		}
	}
	fmt.Println("each goroutine counted 1000:", ok)

	// a plain package-level mutex around a shared slice
	var mu sync.Mutex
	var seen []int
	wg.Add(50)
	for g := 0; g < 50; g++ {
		go func(g int) {
			mu.Lock()
			seen = append(seen, g)
			mu.Unlock()
			wg.Done()
		}(g)
	}
	wg.Wait()
	total := 0
	for _, v := range seen {
		total += v
	}
	fmt.Println("appended:", len(seen), "sum:", total)

	// a mutex used as a one-shot signal, locked by main and unlocked by another goroutine
	var gate sync.Mutex
	gate.Lock()
	msg := ""
	go func() {
		msg = "unlocked by a goroutine"
		gate.Unlock()
	}()
	gate.Lock()
	fmt.Println(msg)
	gate.Unlock()
	fmt.Println("goroutines left:", runtime.NumGoroutine())
}
