package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
)

var sink interface{}

func f(s, t string, n int) { // ERROR "^leaking param: s$" "^t does not escape$"
	var wg sync.WaitGroup // ERROR "^moved to heap: wg$"
	wg.Add(1)
	wg.Done()
	wg.Wait()
	var mu sync.Mutex // ERROR "^moved to heap: mu$"
	mu.Lock()
	mu.Unlock()
	var rw sync.RWMutex // ERROR "^moved to heap: rw$"
	rw.Lock()
	rw.Unlock()
	rw.RLock()
	rw.RUnlock()
	x := strconv.Itoa(n)
	y, err := strconv.Atoi(s + t) // ERROR "^s \+ t escapes to heap$"
	z := strconv.FormatInt(int64(n), 10)
	q := strconv.Quote(s + t) // ERROR "^s \+ t does not escape$"
	e := errors.New(s + t) // ERROR "^s \+ t escapes to heap$"
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	runtime.GC()
	runtime.Gosched()
	_ = runtime.NumGoroutine()
	fmt.Print(x, y, err, z, q, e) // ERROR "^\.\.\. argument does not escape$" "^q escapes to heap$" "^x escapes to heap$" "^y escapes to heap$" "^z escapes to heap$"
	fmt.Sprintln(s) // ERROR "^\.\.\. argument does not escape$" "^s escapes to heap$"
	fmt.Sprint(s) // ERROR "^\.\.\. argument does not escape$" "^s escapes to heap$"
	if n > 100 {
		os.Exit(n)
	}
	_ = os.Args
	a := os.Args[0]
	_ = a
}

func g() {
	var wg sync.WaitGroup // ERROR "^moved to heap: wg$"
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() { defer wg.Done() }() // ERROR "^func literal escapes to heap$"
	}
	wg.Wait()
	var mu sync.Mutex // ERROR "^moved to heap: mu$"
	defer mu.Unlock()
	mu.Lock()
}

func main() {}
