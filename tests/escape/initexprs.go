package main

type P struct{ x, y int }

var sink interface{}
var a = &P{1, 2}
var b = f(&P{3, 4}) // ERROR "^&P\{\.\.\.\} escapes to heap$"
var c interface{} = P{5, 6}
var d = []*P{{7, 8}}
var e = g()
var h = make([]int, 10) // ERROR "^make\(\[\]int, 10\) escapes to heap$"
var k = map[int]int{1: 2} // ERROR "^map\[int\]int\{\.\.\.\} escapes to heap$"
var l = func() *int { x := 1; return &x }() // ERROR "^func literal does not escape$" "^moved to heap: x$"
var m = new(int) // ERROR "^new\(int\) escapes to heap$"
var n interface{} = 7
var o = "x" + s() // ERROR "^.x. \+ s\(\) escapes to heap$"

func f(p *P) *P { return p } // ERROR "^leaking param: p to result ~r0 level=0$"
func g() []int  { return []int{1, 2} } // ERROR "^\[\]int\{\.\.\.\} escapes to heap$"
func s() string { return "y" }

func main() { _ = sink }
