package main

type T struct {
	a, b *int
	n    int
}

func (t *T) Get() *int { return t.a } // ERROR "^leaking param: t to result ~r0 level=1$"

func m1() int {
	var t T
	f := t.Get // ERROR "^t\.Get does not escape$"
	return *f()
}

func m2() int {
	var t T
	g := (*T).Get
	return *g(&t)
}

func main() {}
