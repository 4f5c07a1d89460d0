// One million goroutines alive at once, each blocked on a channel, then released and joined.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	const n = 1000000
	release := make(chan struct{})
	var started, done sync.WaitGroup
	started.Add(n)
	done.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			started.Done()
			<-release
			done.Done()
		}()
	}
	started.Wait()
	alive := runtime.NumGoroutine()
	close(release)
	done.Wait()
	fmt.Println(alive)
}
