package main

import (
	"fmt"
)

var counter int
var (
	label        = "global"
	ratio        = 0.5
	flag    bool = true
	initial      = compute(6)
)

func compute(n int) int {
	counter++
	return n * n
}

func bump() int {
	counter += 10
	return counter
}

func noisy(name string, v bool) bool {
	fmt.Println("  evaluated", name)
	return v
}

func main() {
	fmt.Println(label, ratio, flag, initial, counter)
	x := 1
	{
		x := 2
		x++
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
	if x := 10; x > 5 {
		fmt.Println("if-init x", x)
	} else if y := x * 2; y > 0 {
		fmt.Println("unreachable", y)
	} else {
		fmt.Println("unreachable too")
	}
	for i := 0; i < 3; i++ {
		if v := i * 7 % 4; v == 0 {
			fmt.Println(i, "zero")
		} else if v == 3 {
			fmt.Println(i, "three")
		} else {
			fmt.Println(i, "other", v)
		}
	}
	label := "shadowed"
	fmt.Println(label)
	fmt.Println(bump(), bump())
	fmt.Println(counter)

	fmt.Println("and:")
	r := noisy("a", false) && noisy("b", true)
	fmt.Println(r)
	fmt.Println("or:")
	r = noisy("c", true) || noisy("d", false)
	fmt.Println(r)
	fmt.Println("mixed:")
	r = noisy("e", false) || noisy("f", true) && noisy("g", false)
	fmt.Println(r, !r, !!r)

	n := 5
	n++
	n--
	n--
	n += 10
	n -= 3
	n *= 4
	n /= 3
	n %= 7
	n <<= 3
	n >>= 1
	n |= 1
	n &= 0xF
	n ^= 0x5
	fmt.Println("n =", n)
	var f float64 = 10
	f++
	f /= 4
	fmt.Println("f =", f)
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c, a == 3 && b == 1, a != b, a >= c, b <= c)
	var zi int
	var zs string
	var zb bool
	var zf float64
	fmt.Println(zi, zs == "", zb, zf)
	fmt.Printf("%v|%v|%v|%q\n", zi, zb, zf, zs)
}
