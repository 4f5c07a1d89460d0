package p

import "fmt"

var sink interface{}

type T struct{ a, b *int }

func (t *T) M()  {} // ERROR "^t does not escape$"
func (t T) V() *int { return t.a } // ERROR "^leaking param: t to result ~r0 level=0$"

type I interface{ M() }

const N = 10

func f1(s string, b []byte, r []rune, n int) { // ERROR "^leaking param: b$" "^leaking param: s$" "^moved to heap: n$" "^r does not escape$"
	sink = 1 // ERROR "^1 escapes to heap$"
	sink = "x" // ERROR "^.x. escapes to heap$"
	sink = N + 1 // ERROR "^N \+ 1 escapes to heap$"
	sink = n // ERROR "^n escapes to heap$"
	sink = interface{}(n) // ERROR "^\(interface \{\}\)\(n\) escapes to heap$"
	sink = any(n) // ERROR "^any\(n\) escapes to heap$"
	sink = string(b) // ERROR "^string\(b\) escapes to heap$"
	sink = []byte(s) // ERROR "^\(\[\]byte\)\(s\) escapes to heap$"
	sink = []rune(s) // ERROR "^\(\[\]rune\)\(s\) escapes to heap$"
	sink = string(r) // ERROR "^string\(r\) escapes to heap$"
	sink = string(rune(n)) // ERROR "^string\(rune\(n\)\) escapes to heap$"
	_ = make([]int, N) // ERROR "^make\(\[\]int, N\) does not escape$"
	_ = make([]byte, n) // ERROR "^make\(\[\]byte, n\) escapes to heap$"
	_ = make(map[string]int) // ERROR "^make\(map\[string\]int\) does not escape$"
	_ = make(map[string]int, n) // ERROR "^make\(map\[string\]int, n\) does not escape$"
	_ = make(map[string]int, 10) // ERROR "^make\(map\[string\]int, 10\) does not escape$"
	_ = map[string]int{"a": 1} // ERROR "^map\[string\]int\{\.\.\.\} does not escape$"
	_ = []byte("abc") // ERROR "^\(\[\]byte\)\(.abc.\) does not escape$"
	var t T // ERROR "^moved to heap: t$"
	_ = t.M // ERROR "^t\.M does not escape$"
	var i I = &t
	i.M() // ERROR "^devirtualizing i\.M to \*T$"
	_ = i.M // ERROR "^i\.M does not escape$"
	sink = fmt.Sprintf("%d", n) // ERROR "^\.\.\. argument does not escape$" "^fmt\.Sprintf\(.%d., \.\.\. argument\.\.\.\) escapes to heap$" "^n escapes to heap$"
	fmt.Println(n, s) // ERROR "^\.\.\. argument does not escape$" "^n escapes to heap$" "^s escapes to heap$"
	fmt.Printf(s+s, n) // ERROR "^\.\.\. argument does not escape$" "^n escapes to heap$" "^s \+ s does not escape$"
	x := s + s // ERROR "^s \+ s does not escape$"
	_ = x
	_ = [3]int{1, 2, 3}
	sink = [3]int{1, 2, 3} // ERROR "^\[3\]int\{\.\.\.\} escapes to heap$"
	sink = T{} // ERROR "^T\{\} escapes to heap$"
	sink = &T{} // ERROR "^&T\{\} escapes to heap$"
	sink = []int{1} // ERROR "^\[\]int\{\.\.\.\} escapes to heap$"
	_ = i == &t
	_ = i == &t
	var j interface{} = t // ERROR "^t does not escape$"
	_ = j == n
	sink = (n) // ERROR "^n escapes to heap$"
	sink = n + 1 // ERROR "^n \+ 1 escapes to heap$"
	sink = -n // ERROR "^-n escapes to heap$"
	sink = t.a
	sink = *t.a // ERROR "^\*t\.a escapes to heap$"
	sink = b[1:] // ERROR "^b\[1:\] escapes to heap$"
	sink = b[n] // ERROR "^b\[n\] escapes to heap$"
	sink = struct{ x int }{1} // ERROR "^struct \{ x int \}\{\.\.\.\} escapes to heap$"
	sink = func() {} // ERROR "^func literal escapes to heap$"
	sink = f1
	sink = T.V
	sink = (*T).M
	sink = t.V // ERROR "^t\.V escapes to heap$"
	sink = &n
	sink = float64(n) // ERROR "^float64\(n\) escapes to heap$"
	sink = byte(n) // ERROR "^byte\(n\) escapes to heap$"
	sink = b // ERROR "^b escapes to heap$"
}
