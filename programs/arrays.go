package main

import "fmt"

type Matrix [3][3]int

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doubleInPlace(a *[4]int) {
	for i := 0; i < len(a); i++ {
		a[i] *= 2
	}
}

func mul(a, b Matrix) Matrix {
	var c Matrix
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			s := 0
			for k := 0; k < 3; k++ {
				s += a[i][k] * b[k][j]
			}
			c[i][j] = s
		}
	}
	return c
}

func sum(a [4]int) (t int) {
	for _, v := range a {
		t += v
	}
	return
}

func main() {
	var z [5]int
	fmt.Println(z, len(z), cap(z))

	a := [4]int{1, 2, 3, 4}
	b := a // copy
	b[0] = 100
	fmt.Println(a, b)
	fmt.Println(double(a), a, sum(a))
	doubleInPlace(&a)
	fmt.Println(a)

	c := [...]string{"x", "y", "z"}
	fmt.Println(c, len(c))
	d := [5]int{1: 10, 3: 30}
	fmt.Println(d)
	e := [...]int{4: -1, 1: 1}
	fmt.Println(e, len(e))

	// equality
	fmt.Println(a == b, [3]int{1, 2, 3} == [3]int{1, 2, 3}, c != [3]string{"x", "y", "w"})

	// 2D arrays
	id := Matrix{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}
	m := Matrix{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(mul(m, id) == m, mul(m, m))
	row := m[1]
	row[0] = 0
	fmt.Println(m[1], row)

	// range over array copies the array before iterating
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(arr)

	// range over pointer to array does not copy
	arr = [3]int{1, 2, 3}
	for i, v := range &arr {
		arr[2] = 100
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()

	// arrays of various element types
	var bs [4]bool
	bs[2] = true
	var fs [3]float64
	fs[1] = 1.5
	var rs [3]rune
	rs[0] = 'a'
	var bytes [4]byte
	bytes[3] = 255
	fmt.Println(bs, fs, rs, bytes)
	fmt.Printf("%v %d %x %q\n", bytes, bytes, bytes, rs)

	// slicing an array shares memory
	full := [6]int{0, 1, 2, 3, 4, 5}
	s := full[1:4]
	s[0] = 11
	fmt.Println(full, s, len(s), cap(s))
	s = append(s, 44)
	fmt.Println(full, s)

	// histogram
	var hist [10]int
	x := 7
	for i := 0; i < 1000; i++ {
		x = (x*1103515245 + 12345) % 2147483648
		hist[x%10]++
	}
	fmt.Println(hist)

	// array of arrays copy semantics
	var grid [3][4]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i*4 + j
		}
	}
	g2 := grid
	g2[2][3] = -1
	fmt.Println(grid[2], g2[2], grid == g2)

	// pointer to array element of array
	p := &grid[1][2]
	*p = 99
	fmt.Println(grid[1])
	fmt.Printf("%v\n%+v\n", grid, [2]struct{ A, B int }{{1, 2}, {3, 4}})
}
