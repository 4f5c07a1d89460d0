package p

var sink interface{}

type T struct{ a *int; f interface{} }

func g(x interface{})           {} // ERROR "^x does not escape$"
func h(s string, xs ...interface{}) {} // ERROR "^s does not escape$" "^xs does not escape$"
func k(x interface{}, y interface{}) {} // ERROR "^x does not escape$" "^y does not escape$"

func f1(n, m int, t T, p *T) interface{} { // ERROR "^leaking param: t$" "^p does not escape$"
	g(n) // ERROR "^n does not escape$"
	g(t.a)
	g(*t.a) // ERROR "^\*t\.a does not escape$"
	g(1) // ERROR "^1 does not escape$"
	h("x", n, m) // ERROR "^\.\.\. argument does not escape$" "^m does not escape$" "^n does not escape$"
	h("x", 1, n) // ERROR "^\.\.\. argument does not escape$" "^1 does not escape$" "^n does not escape$"
	g(n + 1) // ERROR "^n \+ 1 does not escape$"
	k(n, m) // ERROR "^m does not escape$" "^n does not escape$"
	k(m, 2) // ERROR "^2 does not escape$" "^m does not escape$"
	_ = []interface{}{n, m} // ERROR "^\[\]interface \{\}\{\.\.\.\} does not escape$" "^m does not escape$" "^n does not escape$"
	_ = T{f: n} // ERROR "^n does not escape$"
	_ = T{nil, n} // ERROR "^n does not escape$"
	ch := make(chan interface{})
	ch <- n // ERROR "^n escapes to heap$"
	mm := map[interface{}]int{} // ERROR "^map\[interface \{\}\]int\{\} does not escape$"
	mm[n] = 1 // ERROR "^n escapes to heap$"
	mm[t] = 2 // ERROR "^t escapes to heap$"
	var a, b interface{}
	a, b = n, m // ERROR "^m does not escape$" "^n does not escape$"
	a = *p // ERROR "^\*p does not escape$"
	p.f = n // ERROR "^n escapes to heap$"
	a = p.f
	_, _ = a, b
	_ = a == n
	_ = n == a
	switch a {
	case n:
	case 1:
	}
	var x interface{} = n // ERROR "^n does not escape$"
	_ = x
	y := interface{}(n) // ERROR "^\(interface \{\}\)\(n\) does not escape$"
	_ = y
	return n // ERROR "^n escapes to heap$"
}

func f2(n, m int) (interface{}, interface{}) {
	return n, m // ERROR "^m escapes to heap$" "^n escapes to heap$"
}

func f3(n int) (r interface{}) {
	r = n // ERROR "^n escapes to heap$"
	return n // ERROR "^n escapes to heap$"
}
