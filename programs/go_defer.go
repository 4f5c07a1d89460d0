package main

import (
	"fmt"
	"sync"
)

type T struct{ name string }

func (t T) Say(s string)   { fmt.Println(t.name, "says", s) }
func (t *T) Rename(s string) { t.name = s }

func order() {
	for i := 0; i < 4; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("order: body done")
}

func args() {
	x := 1
	defer fmt.Println("argument evaluated at defer:", x)
	defer func() { fmt.Println("closure sees the final x:", x) }()
	x = 2
	p := &T{"alice"}
	defer p.Say("bye")  // receiver and argument copied now
	defer p.Rename("carol")
	p.name = "bob"
	fmt.Println("args: body done, x =", x, "name =", p.name)
}

func named() (result int) {
	defer func() { result *= 2 }()
	defer func() { result += 10 }()
	return 1 // result = 1, then +10, then *2
}

func namedTwo() (a int, s string) {
	defer func() {
		a++
		s += "!"
	}()
	a, s = 5, "hi"
	return
}

func early(n int) (out string) {
	defer func() { out = "[" + out + "]" }()
	if n < 0 {
		return "negative"
	}
	if n == 0 {
		return "zero"
	}
	return "positive"
}

func counter() (n int) {
	for i := 0; i < 5; i++ {
		defer func(k int) { n += k }(i)
	}
	return 100
}

func trace(s string) string {
	fmt.Println("entering", s)
	return s
}

func un(s string) {
	fmt.Println("leaving", s)
}

func a() {
	defer un(trace("a"))
	fmt.Println("in a")
}

func b() {
	defer un(trace("b"))
	fmt.Println("in b")
	a()
}

func withLock(mu *sync.Mutex, v *int) int {
	mu.Lock()
	defer mu.Unlock()
	*v++
	return *v
}

func main() {
	order()
	args()
	fmt.Println("named:", named())
	x, y := namedTwo()
	fmt.Println("namedTwo:", x, y)
	fmt.Println(early(-1), early(0), early(3))
	fmt.Println("counter:", counter())
	b()
	var mu sync.Mutex
	v := 0
	for i := 0; i < 3; i++ {
		withLock(&mu, &v)
	}
	fmt.Println("withLock:", v)

	var wg sync.WaitGroup
	res := make([]int, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			defer func() { res[i] *= 2 }()
			res[i] = i
		}(i)
	}
	wg.Wait()
	fmt.Println("goroutine defers:", res)
	defer fmt.Println("main's defer runs last")
	defer println("builtin println in a defer")
	fmt.Println("main: end")
}
