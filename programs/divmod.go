package main

import "fmt"

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func main() {
	vals := 0
	for a := -7; a <= 7; a += 7 {
		for b := -3; b <= 3; b++ {
			if b == 0 {
				continue
			}
			q, r := divmod(a, b)
			fmt.Printf("%3d / %2d = %3d   %3d %% %2d = %3d\n", a, b, q, a, b, r)
			vals++
		}
	}
	fmt.Println(vals, "divisions")
	fmt.Println(-9/4, -9%4, 9/-4, 9%-4, -9/-4, -9%-4)

	var i8 int8 = -128
	var m1 int8 = -1
	fmt.Println("int8 -128 / -1 =", i8/m1, "rem", i8%m1)
	var i64 int64 = -9223372036854775808
	var n1 int64 = -1
	fmt.Println("int64 min / -1 =", i64/n1, "rem", i64%n1)
	var u uint32 = 4000000000
	fmt.Println("uint32:", u/7, u%7)
	var u8 uint8 = 250
	fmt.Println("uint8:", u8/3, u8%3)

	// floor division built from truncated division
	floorDiv := 0
	a, b := -7, 2
	floorDiv = a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		floorDiv--
	}
	fmt.Println("floor(-7/2) =", floorDiv)
	x := 17
	x /= 5
	fmt.Println(x)
	x %= 2
	fmt.Println(x)
	f := -7.0
	fmt.Println(f/2, f/-2)
}
