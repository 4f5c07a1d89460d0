package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

type Person struct {
	Name  string
	Age   int
	Email string
	Tags  [3]string
}

type Node struct {
	Val   int
	Left  *Node
	Right *Node
}

type Flags struct {
	On    bool
	Ratio float64
	Code  byte
	Sym   rune
	Small int8
	Big   uint64
}

type Empty struct{}

func area(r Rect) int {
	return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y)
}

func grow(r Rect) Rect {
	r.Max.X++
	r.Max.Y++
	return r
}

func growInPlace(r *Rect) {
	r.Max.X++
	r.Max.Y++
}

func main() {
	var zero Point
	fmt.Println("zero:", zero)
	p := Point{1, 2}
	q := Point{Y: 5}
	fmt.Println(p, q)
	fmt.Printf("%v %+v\n", p, q)

	r := Rect{Min: Point{0, 0}, Max: Point{3, 4}, Name: "box"}
	fmt.Println(r, area(r))
	fmt.Printf("%+v\n", r)

	// struct assignment copies
	r2 := r
	r2.Max.X = 10
	r2.Name = "copy"
	fmt.Println("original:", r)
	fmt.Println("copy:", r2)

	// passing by value copies, by pointer shares
	r3 := grow(r)
	fmt.Println("grow:", r.Max, r3.Max)
	growInPlace(&r)
	fmt.Println("growInPlace:", r.Max)

	// comparison of comparable structs
	a := Point{1, 2}
	b := Point{1, 2}
	c := Point{2, 1}
	fmt.Println("a == b:", a == b, "a == c:", a == c, "a != c:", a != c)
	fmt.Println("rect ==:", r == r, r == r2, Rect{} == Rect{})
	fmt.Println("empty:", Empty{} == Empty{}, Empty{})

	// pointers to composite literals
	pp := &Point{3, 4}
	pp.X *= 10
	fmt.Println(*pp, pp.X, pp.Y)
	pr := &Rect{Max: Point{X: 2, Y: 2}}
	pr.Min.X = -1
	fmt.Println(*pr, area(*pr))

	// nested &T{...}
	tree := &Node{Val: 2, Left: &Node{Val: 1}, Right: &Node{3, nil, &Node{Val: 4}}}
	fmt.Println(tree.Val, tree.Left.Val, tree.Right.Val, tree.Right.Right.Val)
	fmt.Println(tree.Left.Left == nil, tree.Right.Right.Right == nil)
	fmt.Println(*tree.Left)

	// strings and arrays inside structs
	alice := Person{Name: "Alice", Age: 30, Tags: [3]string{"a", "b"}}
	bob := alice
	bob.Name = "Bob"
	bob.Tags[0] = "z"
	fmt.Println(alice)
	fmt.Println(bob)
	fmt.Printf("%+v\n", bob)
	fmt.Println(alice == bob, alice.Tags == [3]string{"a", "b", ""})

	// many field kinds
	f := Flags{On: true, Ratio: 0.25, Code: 'A', Sym: 'é', Small: -3, Big: 1 << 63}
	fmt.Println(f)
	fmt.Printf("%+v\n", f)
	g := f
	g.Ratio = 0.5
	fmt.Println(f == g, f.Ratio, g.Ratio)

	// slice of structs: elements are values
	pts := []Point{{1, 1}, {2, 2}, {3, 3}}
	for _, pt := range pts {
		pt.X = 100 // modifies the copy
	}
	fmt.Println(pts)
	for i := range pts {
		pts[i].X *= 10
	}
	fmt.Println(pts)

	// slice of pointers to structs
	ptrs := []*Point{&Point{1, 2}, &Point{3, 4}}
	for _, pt := range ptrs {
		pt.Y = -pt.Y
	}
	fmt.Println(*ptrs[0], *ptrs[1], len(ptrs))

	// array of structs
	var grid [2][2]Point
	grid[1][0] = Point{5, 6}
	fmt.Println(grid)
	grid2 := grid
	grid2[1][0].X = 0
	fmt.Println(grid == grid2, grid[1][0], grid2[1][0])

	// anonymous struct
	anon := struct {
		A int
		B string
	}{7, "seven"}
	fmt.Println(anon, anon.A, anon.B)
	fmt.Printf("%+v\n", anon)
}
