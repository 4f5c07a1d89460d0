package main

import "fmt"

const debug = false

type T struct{ p *int }

func blanks(_ *int, q *int, _ string) (_ *int, r *int) { // ERROR "^leaking param: q to result r level=0$" "^leaking param: q to result ~b0 level=0$"
	return q, q
}

func unnamed(*int, int) *int { return nil }

func dead() int {
	x := 1
	if debug {
		p := &x
		fmt.Println(p, func() int { return x })
	}
	if !debug {
		y := new(int) // ERROR "^new\(int\) does not escape$"
		return *y
	}
	z := &T{}
	return *z.p
}

func deadSwitch() int {
	switch {
	case false:
		return *new(int)
	case true:
		return 1
	}
	return 0
}

func goLoop() {
	done := make(chan bool)
	for i := 0; i < 3; i++ { // ERROR "^moved to heap: i$"
		go func() { // ERROR "^func literal escapes to heap$"
			fmt.Println(i) // ERROR "^\.\.\. argument does not escape$" "^i escapes to heap$"
			done <- true
		}()
	}
	for i := 0; i < 3; i++ {
		j := i
		go func() { // ERROR "^func literal escapes to heap$"
			fmt.Println(j) // ERROR "^\.\.\. argument does not escape$" "^j escapes to heap$"
			done <- true
		}()
	}
	for i := 0; i < 6; i++ {
		<-done
	}
}

func selects(ch chan *int, out chan<- *int) int { // ERROR "^ch does not escape$" "^out does not escape$"
	n := 0 // ERROR "^moved to heap: n$"
	for {
		select {
		case p, ok := <-ch:
			if !ok {
				return n
			}
			n += *p
		case out <- &n:
		}
	}
}

func rangeChan(ch chan int) int { // ERROR "^ch does not escape$"
	s := 0
	for range ch {
		s++
	}
	for v := range ch {
		s += v
	}
	return s
}

func fall(n int) *int {
	x, y := 1, 2 // ERROR "^moved to heap: x$" "^moved to heap: y$"
	switch k := n * 2; k {
	case 2:
		fallthrough
	case 4:
		return &x
	default:
		return &y
	}
}

func shadow() *int {
	x := 1 // ERROR "^moved to heap: x$"
	{
		x := 2
		_ = &x
	}
	return &x
}

func assignCapture() func() {
	x := 0 // ERROR "^moved to heap: x$"
	f := func() { x++ } // ERROR "^func literal escapes to heap$"
	x = 5
	g := func() { fmt.Println(x) } // ERROR "^\.\.\. argument does not escape$" "^func literal does not escape$" "^x escapes to heap$"
	g()
	return f
}

func captureBeforeAssign() func() int {
	x := 0
	x = 1
	return func() int { return x } // ERROR "^func literal escapes to heap$"
}

func main() {
	a := 1 // ERROR "^moved to heap: a$"
	b1, b2 := blanks(nil, &a, "")
	fmt.Println(b1, b2, unnamed(nil, 1), dead(), deadSwitch()) // ERROR "^\.\.\. argument does not escape$" "^dead\(\) escapes to heap$" "^deadSwitch\(\) escapes to heap$"
	goLoop()
	ch := make(chan *int)
	close(ch)
	fmt.Println(selects(ch, nil), fall(1) != nil, *shadow()) // ERROR "^\*shadow\(\) escapes to heap$" "^\.\.\. argument does not escape$" "^fall\(1\) != nil escapes to heap$" "^selects\(ch, nil\) escapes to heap$"
	assignCapture()()
	fmt.Println(captureBeforeAssign()()) // ERROR "^\.\.\. argument does not escape$" "^\.autotmp_5\(\) escapes to heap$"
	c := make(chan int)
	close(c)
	fmt.Println(rangeChan(c)) // ERROR "^\.\.\. argument does not escape$" "^rangeChan\(c\) escapes to heap$"
}
