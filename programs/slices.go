package main

import "fmt"

type Point struct{ X, Y int }

func sum(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func fill(s []int, v int) {
	for i := range s {
		s[i] = v
	}
}

func appendOne(s []int) []int {
	return append(s, len(s))
}

func main() {
	// nil and empty slices
	var ns []int
	fmt.Println(ns, len(ns), cap(ns), ns == nil)
	es := []int{}
	fmt.Println(es, len(es), cap(es), es == nil)

	// make
	m := make([]int, 3)
	m2 := make([]int, 2, 10)
	fmt.Println(m, len(m), cap(m), m2, len(m2), cap(m2))

	// literals
	lit := []int{5, 4, 3, 2, 1}
	strs := []string{"a", "bb", "ccc"}
	fmt.Println(lit, strs, len(strs[2]))
	keyed := []int{2: 20, 5: 50}
	fmt.Println(keyed, len(keyed))

	// append growth: Go's rule, rounded to size classes
	var g []int
	last := -1
	for i := 0; i < 2000; i++ {
		g = append(g, i)
		if cap(g) != last {
			fmt.Print(cap(g), " ")
			last = cap(g)
		}
	}
	fmt.Println()
	var gb []byte
	last = -1
	for i := 0; i < 5000; i++ {
		gb = append(gb, byte(i))
		if cap(gb) != last {
			fmt.Print(cap(gb), " ")
			last = cap(gb)
		}
	}
	fmt.Println()
	var gp []Point
	last = -1
	for i := 0; i < 1000; i++ {
		gp = append(gp, Point{i, i})
		if cap(gp) != last {
			fmt.Print(cap(gp), " ")
			last = cap(gp)
		}
	}
	fmt.Println()
	var gs []string
	last = -1
	for i := 0; i < 600; i++ {
		gs = append(gs, "s")
		if cap(gs) != last {
			fmt.Print(cap(gs), " ")
			last = cap(gs)
		}
	}
	fmt.Println()
	var g32 []int32
	last = -1
	for i := 0; i < 3000; i++ {
		g32 = append(g32, int32(i))
		if cap(g32) != last {
			fmt.Print(cap(g32), " ")
			last = cap(g32)
		}
	}
	fmt.Println()

	// appending many at once
	x := []int{1, 2, 3}
	x = append(x, 4, 5, 6, 7, 8)
	fmt.Println(x, len(x), cap(x))
	y := append([]int(nil), 1, 2, 3, 4, 5, 6, 7)
	fmt.Println(y, len(y), cap(y))
	z := append(x, y...)
	fmt.Println(z, len(z), cap(z))
	w := append([]byte("hi"), " there"...)
	fmt.Println(string(w), len(w), cap(w))

	// aliasing after append
	base := make([]int, 3, 4)
	a1 := append(base, 1) // fits: shares base's array
	a2 := append(base, 2) // overwrites a1[3]
	fmt.Println(a1, a2, len(base), cap(base))
	a3 := append(a1, 3) // does not fit: new array
	a3[0] = 99
	fmt.Println(a1, a3, cap(a3))

	// functions see the same backing array
	fill(m, 7)
	fmt.Println(m, sum(m))
	grown := appendOne(m)
	grown[0] = 0
	fmt.Println(m, grown)

	// copy
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src) // overlapping
	fmt.Println(n, src)
	bs := make([]byte, 5)
	n = copy(bs, "hello, world")
	fmt.Println(n, bs, string(bs))

	// slicing
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	t := s[2:5]
	fmt.Println(t, len(t), cap(t))
	t = t[:cap(t)]
	fmt.Println(t, len(t))
	u := s[2:5:6]
	fmt.Println(u, len(u), cap(u))
	u = append(u, 100)
	fmt.Println(s)
	u = append(u, 200) // beyond cap 4: reallocates, s is untouched
	fmt.Println(s, u)
	fmt.Println(s[:0], s[10:], s[:], s[5:][1:3])
	v := s[:0]
	for _, e := range s {
		if e%2 == 0 {
			v = append(v, e)
		}
	}
	fmt.Println(v, s)

	// range forms
	for i := range strs {
		fmt.Print(i)
	}
	fmt.Println()
	for i, str := range strs {
		fmt.Print(i, "=", str, " ")
	}
	fmt.Println()
	cnt := 0
	for range lit {
		cnt++
	}
	fmt.Println(cnt)

	// 2D slices
	grid := make([][]int, 4)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid, len(grid[3]))

	// slice of slices aliasing
	row := grid[3]
	row[1] = -1
	fmt.Println(grid[3])

	// reverse in place
	r := []string{"a", "b", "c", "d", "e"}
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	fmt.Println(r)

	// stack with slices
	var stack []int
	for i := 0; i < 5; i++ {
		stack = append(stack, i*i)
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fmt.Print(top, " ")
	}
	fmt.Println(len(stack), cap(stack))

	// %v and %d of slices
	fmt.Printf("%v %d %x %q\n", lit, lit, []byte("az"), strs)
	fmt.Printf("%v %v\n", []Point{{1, 2}}, []*int{nil})
	fmt.Printf("%+v\n", []Point{{1, 2}, {3, 4}})
}
