package main

import "fmt"

const (
	Sunday = iota
	Monday
	Tuesday
	Wednesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const (
	Big   = 1 << 100
	Small = Big >> 98
)

const Pi = 3.14159265358979323846
const TwoPi = 2 * Pi
const typed int8 = 100
const name = "govm"

const (
	x0 = iota * iota
	x1
	x2
	skip = "s"
	x4 = iota
	x5
)

var global = Tuesday * 100

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Wednesday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(Small, Big/Big)
	fmt.Println(Pi, TwoPi, Pi*2 == TwoPi)
	var f float64 = Pi
	fmt.Printf("%.5f %v\n", f, float64(Big)/1e30)
	fmt.Println(typed, typed/3, name, len(name))
	fmt.Println(x0, x1, x2, skip, x4, x5)
	fmt.Println(global)
	const local = 7
	var i8 int8 = local * 18
	fmt.Println(i8, local/2, local/2.0)
	fmt.Println(1<<62, uint64(1<<63), -1<<63)
	fmt.Printf("%v %v %v\n", 7/2, 7.0/2, 7/2.0)
	const huge = 1e300 * 1e300 / 1e300
	fmt.Println(huge)
	var u uint8 = 255
	const shift = 2
	fmt.Println(u>>shift, u<<shift)
	fmt.Printf("%x %x\n", KB, TB)
}
