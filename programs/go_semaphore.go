package main

import (
	"fmt"
	"sync"
)

// A counting semaphore from a buffered channel bounds how many goroutines
// run the critical section at once; the peak is checked under a mutex.
func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	var mu sync.Mutex
	var wg sync.WaitGroup
	running, peak, done := 0, 0, 0
	for i := 0; i < 40; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			running++
			if running > peak {
				peak = running
			}
			mu.Unlock()
			x := 0
			for k := 0; k < 1000*(i%5+1); k++ {
				x += k
			}
			mu.Lock()
			running--
			done++
			mu.Unlock()
			<-sem
		}(i)
	}
	wg.Wait()
	fmt.Println("done:", done, "peak within limit:", peak <= limit && peak >= 1, "running:", running)

	// a barrier: N goroutines each wait for all to arrive, phase by phase
	const n = 5
	arrive := make(chan int)
	leave := make([]chan bool, n)
	for i := range leave {
		leave[i] = make(chan bool)
	}
	results := make(chan string, n*3)
	for i := 0; i < n; i++ {
		go func(i int) {
			for phase := 0; phase < 3; phase++ {
				arrive <- i
				<-leave[i]
				results <- fmt.Sprintf("g%d:p%d", i, phase)
			}
		}(i)
	}
	for phase := 0; phase < 3; phase++ {
		seen := 0
		for k := 0; k < n; k++ {
			seen += 1 << <-arrive
		}
		for i := 0; i < n; i++ {
			leave[i] <- true
		}
		fmt.Println("phase", phase, "arrivals", seen)
	}
	count := 0
	for i := 0; i < n*3; i++ {
		<-results
		count++
	}
	fmt.Println("results", count)

	// futures
	future := func(f func() int) <-chan int {
		c := make(chan int, 1)
		go func() { c <- f() }()
		return c
	}
	a := future(func() int { return 6 })
	b := future(func() int { return 7 })
	fmt.Println("futures:", <-a * <-b)
}
