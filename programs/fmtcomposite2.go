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
	sl := []int{4, 5}
	grid := [][]int{{1, 2}, {}, nil, {3}}
	fmt.Println(grid, len(grid))
	bytes := []byte("hey")
	fmt.Println(bytes, &bytes)
	fmt.Printf("%s %q %v %x %X % x\n", bytes, bytes, bytes, bytes, bytes, bytes)

	fmt.Println(Celsius(36.6), Names{"a", "b"}, Pair{7, 8})
	fmt.Printf("%v %.2f %v %d\n", Celsius(-1), Celsius(2), Names(nil), Pair{})

	floats := []float64{1, 2.5, 1e21, 1e-7, -0.0}
	fmt.Println(floats)
	fmt.Printf("%v %.1f %g %e\n", floats, floats, floats[:2], floats[:2])
	bools := [2]bool{true}
	fmt.Println(bools, []rune{97, 98}, []int8{-1, 2}, []uint{7})
	strs := [2]string{"", "x"}
	fmt.Println(strs, len(strs[0]))
	fmt.Printf("%q %v|\n", strs, strs)

	anon := []struct {
		K string
		V int
	}{{"one", 1}, {"two", 2}}
	fmt.Println(anon)
	fmt.Printf("%+v\n", anon)

	nested := struct {
		P  *Point
		S  []Point
		A  [1]Line
		Fn func()
	}{}
	fmt.Println(nested)
	fmt.Printf("%+v\n", nested)

	s := fmt.Sprintln(p, "x", 3, sl)
	fmt.Print(s)
	fmt.Print(len(s), "\n")
	fmt.Printf("%v|%6d|%-6v|%3v\n", []int{1, -2}, []int{1, -2}, []int{1}, Point{1, 2})
}
