package main

import (
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	balance int
	log     []string
}

func (a *Account) Deposit(n int, wg *sync.WaitGroup) {
	defer wg.Done()
	a.mu.Lock()
	a.balance += n
	a.mu.Unlock()
}

func (a *Account) Withdraw(n int, ok chan<- bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.balance >= n {
		a.balance -= n
		ok <- true
		return
	}
	ok <- false
}

type Adder struct{ base int }

func (ad Adder) Add(x int, out chan<- int) { out <- ad.base + x }

type Server struct {
	reqs chan request
	quit chan struct{}
	wg   sync.WaitGroup
}

type request struct {
	n     int
	reply chan int
}

func (s *Server) serve(id int) {
	defer s.wg.Done()
	for {
		select {
		case r := <-s.reqs:
			r.reply <- r.n*r.n + id*0
		case <-s.quit:
			return
		}
	}
}

func NewServer(workers int) *Server {
	s := &Server{reqs: make(chan request), quit: make(chan struct{})}
	for i := 0; i < workers; i++ {
		s.wg.Add(1)
		go s.serve(i)
	}
	return s
}

func (s *Server) Stop() {
	close(s.quit)
	s.wg.Wait()
}

func main() {
	acct := &Account{}
	var wg sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go acct.Deposit(i, &wg)
	}
	wg.Wait()
	fmt.Println("balance:", acct.balance)

	ok := make(chan bool)
	for i := 0; i < 10; i++ {
		go acct.Withdraw(1000, ok)
	}
	succeeded := 0
	for i := 0; i < 10; i++ {
		if <-ok {
			succeeded++
		}
	}
	fmt.Println("withdrawals:", succeeded, "balance:", acct.balance)

	out := make(chan int, 10)
	ad := Adder{100}
	for i := 0; i < 10; i++ {
		go ad.Add(i, out)
	}
	ad.base = 0 // the receiver was copied at the go statement
	sum := 0
	for i := 0; i < 10; i++ {
		sum += <-out
	}
	fmt.Println("adder:", sum)

	// a method through a pointer, as a goroutine body
	pad := &Adder{1000}
	go pad.Add(5, out)
	fmt.Println("pointer receiver:", <-out)

	s := NewServer(4)
	total := 0
	for i := 0; i < 100; i++ {
		r := request{i, make(chan int)}
		s.reqs <- r
		total += <-r.reply
	}
	s.Stop()
	fmt.Println("server total:", total)

	// funcs through channels
	fc := make(chan func(int) int, 3)
	fc <- func(x int) int { return x + 1 }
	fc <- func(x int) int { return x * 2 }
	k := 10
	fc <- func(x int) int { return x - k }
	close(fc)
	v := 5
	for fn := range fc {
		v = fn(v)
	}
	fmt.Println("funcs:", v)

	// pointers through channels
	pc := make(chan *Adder)
	go func() {
		for i := 0; i < 3; i++ {
			pc <- &Adder{i}
		}
		close(pc)
	}()
	var ads []*Adder
	for p := range pc {
		ads = append(ads, p)
	}
	for _, p := range ads {
		p.base *= 10
	}
	fmt.Println("pointers:", ads[0].base, ads[1].base, ads[2].base)
}
