package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	A, B  Point
	Label string
}

type Item struct {
	Name  string
	Qty   int
	Price float64
	Tags  []string
	Next  *Item
	Dims  [2]int
	OK    bool
	Ch    rune
	B     byte
}

type Celsius float64
type Names []string
type Pair [2]int

func main() {
	p := Point{1, 2}
	fmt.Println(p, &p, []Point{p, {3, 4}}, [2]Point{})
	fmt.Printf("%v %+v %v %+v\n", p, p, &p, &p)
	fmt.Printf("%d %x %o %b\n", p, Point{255, 16}, p, p)
	fmt.Printf("[%5v] [%-8v] [%08v]\n", p, p, p)
	fmt.Print(p, &p, "\n")
	fmt.Println(fmt.Sprint(p), fmt.Sprintf("%+v", &Line{Label: "l"}))

	l := Line{Point{0, 0}, Point{3, 4}, "diag"}
	fmt.Println(l, &l)
	fmt.Printf("%+v\n", l)

	var nilSlice []int
	empty := make([]int, 0)
	fmt.Println(nilSlice, empty, []string{}, [0]int{})
	fmt.Printf("%v %d %+v %q\n", nilSlice, empty, nilSlice, []string{"a", "b c"})

	var np *Point
	var ni *int
	var nitem *Item
	fmt.Println(np, ni, nitem)
	fmt.Printf("%v %+v %d\n", np, ni, nitem)

	it := Item{Name: "widget", Qty: 3, Price: 9.5, Tags: []string{"x", "y"}, Dims: [2]int{4, 5}, OK: true, Ch: 'é', B: 'b'}
	fmt.Println(it)
	fmt.Printf("%+v\n", it)
	fmt.Println(&it)
	fmt.Printf("%v\n", []Item{{Name: "a"}, {Name: "b", Qty: 1}})

	arr := [3]int{1, 2, 3}
	sl := []int{4, 5}
	fmt.Println(arr, &arr, sl, &sl)
	fmt.Printf("%v %v %x %X\n", &arr, &sl, arr, sl)
}
