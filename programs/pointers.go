package main

import "fmt"

type Point struct {
	X, Y int
}

func swap(a, b *int) {
	*a, *b = *b, *a
}

func incr(p *int) {
	*p++
}

func setPoint(p *Point, x, y int) {
	p.X = x
	(*p).Y = y
}

func newInt(v int) *int {
	p := new(int)
	*p = v
	return p
}

func addr(v int) *int {
	return &v
}

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println("swap:", x, y)

	p := &x
	*p = 10
	fmt.Println("through p:", x, *p)
	incr(p)
	incr(&x)
	fmt.Println("incremented:", x)

	q := &x
	r := &y
	fmt.Println("p == q:", p == q, "p == r:", p == r, "p != r:", p != r)

	var np *int
	fmt.Println("nil pointer:", np == nil, np, p != nil)

	pp := &p
	**pp = 42
	fmt.Println("double pointer:", x, **pp == *p)

	n := new(int)
	fmt.Println("new(int):", *n)
	*n += 7
	fmt.Println("after +=:", *n)

	a := newInt(3)
	b := newInt(3)
	fmt.Println("distinct allocations:", a == b, *a == *b)

	c := addr(5)
	d := addr(5)
	*c = 6
	fmt.Println("escaped params:", *c, *d, c == d)

	pt := Point{1, 2}
	px := &pt.X
	py := &pt.Y
	*px = 100
	*py += 200
	fmt.Println("field pointers:", pt)
	setPoint(&pt, 7, 8)
	fmt.Println("setPoint:", pt, pt.X, pt.Y)

	arr := [5]int{1, 2, 3, 4, 5}
	e := &arr[2]
	*e = 30
	ap := &arr
	ap[4] = 50
	fmt.Println("element pointers:", arr, len(ap))

	s := []int{9, 8, 7}
	sp := &s[1]
	*sp = 80
	fmt.Println("slice element pointer:", s)

	np2 := new(Point)
	np2.X = 3
	fmt.Println("new(Point):", *np2, np2.Y)

	var pts [3]Point
	for i := 0; i < len(pts); i++ {
		q := &pts[i]
		q.X = i
		q.Y = i * i
	}
	fmt.Println("array of structs via pointers:", pts)

	// pointers compare equal only to the same variable
	ptrs := []*int{&x, &y, p, q, r}
	same := 0
	for i := 0; i < len(ptrs); i++ {
		for j := 0; j < len(ptrs); j++ {
			if ptrs[i] == ptrs[j] {
				same++
			}
		}
	}
	fmt.Println("equal pairs:", same)

	// sum through a slice of pointers
	vals := []int{1, 2, 3, 4}
	var refs []*int
	for i := range vals {
		refs = append(refs, &vals[i])
	}
	for _, r := range refs {
		*r *= 10
	}
	fmt.Println("via refs:", vals)

	var bp *bool = new(bool)
	*bp = !*bp
	fp := new(float64)
	*fp = 2.5
	sptr := new(string)
	*sptr = "hello"
	fmt.Println(*bp, *fp, *sptr, len(*sptr))
}
