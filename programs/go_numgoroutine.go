package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	block := make(chan int)
	var started sync.WaitGroup
	for i := 0; i < 10; i++ {
		started.Add(1)
		go func() {
			started.Done()
			<-block
		}()
	}
	started.Wait()
	fmt.Println("blocked:", runtime.NumGoroutine())
	var done sync.WaitGroup
	done.Add(10)
	for i := 0; i < 10; i++ {
		go func() {
			defer done.Done()
			block <- 1
		}()
	}
	done.Wait()
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("after:", runtime.NumGoroutine())
}
