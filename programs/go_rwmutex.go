// sync.RWMutex: readers share it, a waiting writer keeps new readers out,
// the lock works through an embedded field, and RUnlock of an unlocked
// RWMutex is the fatal error Go reports.

package main

import (
	"fmt"
	"sync"
)

type Store struct {
	name string
	sync.RWMutex
	data []int
}

func (s *Store) Get(i int) int {
	s.RLock()
	defer s.RUnlock()
	return s.data[i]
}

func (s *Store) Put(v int) {
	s.Lock()
	defer s.Unlock()
	s.data = append(s.data, v)
}

func main() {
	var mu sync.RWMutex
	// two readers hold the lock at once: each waits for the other inside it
	a, b := make(chan bool), make(chan bool)
	done := make(chan string)
	go func() {
		mu.RLock()
		a <- true
		<-b
		mu.RUnlock()
		done <- "reader 1"
	}()
	go func() {
		mu.RLock()
		<-a
		b <- true
		mu.RUnlock()
		done <- "reader 2"
	}()
	r1, r2 := <-done, <-done
	fmt.Println(r1 != r2)

	// a writer waits for the readers, then readers wait for the writer
	mu.RLock()
	wrote := make(chan bool)
	go func() {
		mu.Lock()
		wrote <- true
		mu.Unlock()
	}()
	select {
	case <-wrote:
		fmt.Println("writer got in while read-locked")
	default:
		fmt.Println("writer waits")
	}
	mu.RUnlock()
	fmt.Println(<-wrote)

	s := &Store{name: "s"}
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			s.Put(k)
		}(i)
	}
	wg.Wait()
	sum := 0
	for i := 0; i < 20; i++ {
		sum += s.Get(i)
	}
	fmt.Println(len(s.data), sum)
	var m2 sync.RWMutex
	m2.RUnlock()
}
