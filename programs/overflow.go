package main

import "fmt"

// grow recurses without end; its many live locals make every frame big,
// so the 1 GB stack limit is hit after relatively few calls.
func grow(n int, a, b, c, d, e, f, g, h int) int {
	x1, x2, x3, x4 := a+n, b+n, c+n, d+n
	x5, x6, x7, x8 := e+n, f+n, g+n, h+n
	y1, y2, y3, y4 := x1*2, x2*3, x3*4, x4*5
	y5, y6, y7, y8 := x5*6, x6*7, x7*8, x8*9
	r := grow(n+1, y1, y2, y3, y4, y5, y6, y7, y8)
	return r + x1 + x2 + x3 + x4 + x5 + x6 + x7 + x8 + y1 + y2 + y3 + y4 + y5 + y6 + y7 + y8
}

func main() {
	fmt.Println("recursing forever")
	fmt.Println(grow(0, 1, 2, 3, 4, 5, 6, 7, 8))
}
