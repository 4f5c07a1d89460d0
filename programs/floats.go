package main

import "fmt"

func sqrt(x float64) float64 {
	z := x / 2
	if z == 0 {
		return 0
	}
	for i := 0; i < 60; i++ {
		z = z - (z*z-x)/(2*z)
	}
	return z
}

func main() {
	fmt.Println(0.0, 1.0, -1.0, 3.14, 2.5, 1e6, 1e20, 1e21, 1e-4, 1e-5)
	fmt.Println(100000.0, 123456789.0, 12345678.0, 0.1+0.2, 1.0/3.0, 2.0/3.0)
	fmt.Println(1e100, 1.7976931348623157e308, 5e-324, 4.9e-324*2)
	x := 0.1
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += x
	}
	fmt.Println("sum of ten 0.1:", sum, sum == 1.0)
	fmt.Printf("%f %f %f\n", 3.14159265, -2.5, 1e6)
	fmt.Printf("%.2f|%8.3f|%-8.1f|%08.2f|%.0f|%.0f|%.0f\n", 3.14159, 2.71828, 1.25, -3.5, 0.5, 1.5, 2.5)
	fmt.Printf("%v %v %v\n", 1e9, 1.5e-7, 123.456)
	zero := 0.0
	inf := 1 / zero
	fmt.Println(inf, -inf, zero/zero, -zero)
	fmt.Printf("%f %v %5.1f|\n", inf, -inf, zero/zero)
	nan := zero / zero
	fmt.Println(nan == nan, nan < 1, inf > 1e308, -inf < -1e308)
	for i := 1; i <= 10; i++ {
		f := float64(i)
		fmt.Printf("sqrt(%2d) = %.10f  %v\n", i, sqrt(f), sqrt(f))
	}
	// conversion truncates toward zero
	p, q, r := 2.9, -2.9, 255.9
	fmt.Println(int(p), int(q), int64(1e18), uint8(int(r)), int64(q*1e10))
	c := 36.6
	c *= 9
	c /= 5
	c += 32
	fmt.Println("fahrenheit:", c)
	y := 1.0
	for i := 0; i < 30; i++ {
		y *= 3
	}
	fmt.Println("3^30 =", y, int64(y))
	h := 1.0
	n := 0
	for 1.0+h != 1.0 {
		h /= 2
		n++
	}
	fmt.Println("epsilon halvings:", n, h)
	println("builtin:", 1.5, -0.1, 1e300, 100.0)
}
