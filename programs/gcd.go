package main

import "fmt"

func gcd(a, b int) int {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

func gcdIter(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func lcm(a, b int) int {
	return a / gcd(a, b) * b
}

// egcd returns g, x, y with a*x + b*y == g.
func egcd(a, b int) (g, x, y int) {
	if b == 0 {
		return a, 1, 0
	}
	g, x1, y1 := egcd(b, a%b)
	x = y1
	y = x1 - (a/b)*y1
	return
}

func main() {
	pairs := 0
	for a := 1; a <= 60; a += 7 {
		for b := 1; b <= 60; b += 11 {
			if gcd(a, b) != gcdIter(a, b) {
				fmt.Println("mismatch", a, b)
			}
			pairs++
		}
	}
	fmt.Println("checked", pairs, "pairs")
	fmt.Println(gcd(1071, 462), gcd(48, 18), gcd(17, 5), gcd(0, 9))
	fmt.Println(lcm(4, 6), lcm(21, 6), lcm(1, 1))
	g, x, y := egcd(240, 46)
	fmt.Printf("egcd(240, 46) = %d, %d, %d; check %d\n", g, x, y, 240*x+46*y)
	g, x, y = egcd(65, 40)
	fmt.Printf("egcd(65, 40) = %d, %d, %d\n", g, x, y)
	l := 1
	for i := 1; i <= 20; i++ {
		l = lcm(l, i)
	}
	fmt.Println("lcm(1..20) =", l)
}
