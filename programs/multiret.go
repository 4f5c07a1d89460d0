package main

import "fmt"

func swap(a, b int) (int, int) {
	return b, a
}

func minmax(a, b, c int) (min, max int) {
	min, max = a, a
	if b < min {
		min = b
	}
	if c < min {
		min = c
	}
	if b > max {
		max = b
	}
	if c > max {
		max = c
	}
	return
}

func divide(a, b int) (q int, ok bool) {
	if b == 0 {
		return
	}
	q, ok = a/b, true
	return
}

func named() (x int, s string) {
	x = 5
	s = "named"
	x *= 2
	return
}

func three() (int, string, bool) {
	return 1, "two", true
}

func chain(a, b int) (int, int) {
	return swap(swap(a, b))
}

func sumTo(n int) (total int) {
	for i := 1; i <= n; i++ {
		total += i
	}
	return total
}

func main() {
	a, b := swap(1, 2)
	fmt.Println(a, b)
	lo, hi := minmax(5, -3, 12)
	fmt.Println(lo, hi)
	if q, ok := divide(10, 3); ok {
		fmt.Println("10/3 =", q)
	}
	if _, ok := divide(1, 0); !ok {
		fmt.Println("division by zero refused")
	}
	fmt.Println(named())
	fmt.Println(three())
	n, s, t := three()
	fmt.Println(n, s, t)
	fmt.Println(chain(7, 8))
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println(x, y, z)
	i, j := 0, 10
	i, j = i+1, i+j
	fmt.Println(i, j)
	var p, r int
	p, r = 3, 4
	p, r = r*r, p*p
	fmt.Println(p, r)
	fmt.Println(sumTo(100))
	_, second := swap(9, 10)
	fmt.Println(second)
	var u, v = minmax(1, 2, 3)
	fmt.Println(u, v)
}
