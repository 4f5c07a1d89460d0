package main

import "fmt"

type T struct {
	a, b *int
	n    int
}

func (t *T) Get() *int { return t.a } // ERROR "^leaking param: t to result ~r0 level=1$"
func (t T) Val() int    { return t.n } // ERROR "^t does not escape$"

var global *int
var gT T

func counter() func() int {
	c := 0 // ERROR "^moved to heap: c$"
	return func() int { // ERROR "^func literal escapes to heap$"
		c++
		return c
	}
}

func adder(x int) func(int) int {
	return func(y int) int { return x + y } // ERROR "^func literal escapes to heap$"
}

func loopClosures() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		j := i
		fs = append(fs, func() int { return j }) // ERROR "^func literal escapes to heap$"
	}
	return fs
}

func nested() int {
	x := 1 // ERROR "^moved to heap: x$"
	f := func() func() int { // ERROR "^func literal does not escape$"
		return func() int { x++; return x } // ERROR "^func literal escapes to heap$"
	}
	return f()()
}

func recurse(n int) int {
	var fib func(int) int
	fib = func(k int) int { // ERROR "^func literal does not escape$"
		if k < 2 {
			return k
		}
		return fib(k-1) + fib(k-2)
	}
	return fib(n)
}

func even(n int, p *int) bool { // ERROR "^leaking param: p$"
	if n == 0 {
		return true
	}
	return odd(n-1, p)
}

func odd(n int, p *int) bool { // ERROR "^leaking param: p$"
	if n == 0 {
		global = p
		return false
	}
	return even(n-1, p)
}

func deferStuff(x int) (r int) { // ERROR "^moved to heap: r$"
	defer func() { r += x }() // ERROR "^func literal does not escape$"
	p := &x
	defer fmt.Println(*p) // ERROR "^\*p escapes to heap$" "^\.\.\. argument does not escape$"
	for i := 0; i < 2; i++ {
		defer func(k int) { r += k }(i) // ERROR "^func literal escapes to heap$"
	}
	return x
}

func goStuff(ch chan *int) { // ERROR "^leaking param: ch$"
	v := 5 // ERROR "^moved to heap: v$"
	go func() { ch <- &v }() // ERROR "^func literal escapes to heap$"
	w := 6 // ERROR "^moved to heap: w$"
	go send(ch, &w)
	u := 7 // ERROR "^moved to heap: u$"
	go func(p *int) { _ = *p }(&u) // ERROR "^func literal escapes to heap$" "^p does not escape$"
}

func send(ch chan *int, p *int) { ch <- p } // ERROR "^ch does not escape$" "^leaking param: p$"

func gotoLoop() *int {
	var last *int
	i := 0
top:
	x := i // ERROR "^moved to heap: x$"
	last = &x
	i++
	if i < 3 {
		goto top
	}
	return last
}

func labeled() int {
	s := 0
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			s += i * j
		}
	}
	return s
}

func methods() int {
	var t T
	x := 1 // ERROR "^moved to heap: x$"
	t.a = &x
	p := t.Get()
	f := t.Get // ERROR "^t\.Get does not escape$"
	g := (*T).Get
	h := T.Val
	return *p + *f() + *g(&t) + h(t) + t.Val()
}

func main() {
	c := counter()
	fmt.Println(c(), c(), adder(2)(3), nested(), recurse(10)) // ERROR "^\.\.\. argument does not escape$" "^\.autotmp_1\(3\) escapes to heap$" "^c\(\) escapes to heap$" "^nested\(\) escapes to heap$" "^recurse\(10\) escapes to heap$"
	for _, f := range loopClosures() {
		fmt.Println(f()) // ERROR "^\.\.\. argument does not escape$" "^f\(\) escapes to heap$"
	}
	y := 3 // ERROR "^moved to heap: y$"
	fmt.Println(even(4, &y), deferStuff(2), gotoLoop() != nil, labeled(), methods()) // ERROR "^\.\.\. argument does not escape$" "^deferStuff\(2\) escapes to heap$" "^even\(4, &y\) escapes to heap$" "^gotoLoop\(\) != nil escapes to heap$" "^labeled\(\) escapes to heap$" "^methods\(\) escapes to heap$"
	ch := make(chan *int, 3)
	goStuff(ch)
	gT.n = 1
}
