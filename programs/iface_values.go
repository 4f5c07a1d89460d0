package main

import "fmt"

// interface{} values: the implicit conversions of assignments, calls,
// variadic arguments, returns, composite literals, sends and appends; and
// comparisons, which compare dynamic types and then values, and panic on a
// dynamic type that is not comparable.

type P struct{ x, y int }

type S struct {
	k int
	v interface{}
}

func show(v interface{}) { fmt.Println(v) }

func two() (interface{}, error) { return 42, nil }

func pick(b bool) interface{} {
	if b {
		return P{1, 2}
	}
	return nil
}

var result string

func collect(vs ...interface{}) { result += fmt.Sprint(vs...) + ";" }

func main() {
	var a interface{} = 5
	fmt.Println(a)
	a = "str"
	fmt.Println(a)
	show(3.5)
	show(P{1, 2})
	b, _ := two()
	fmt.Println(b)
	xs := []interface{}{1, "two", P{3, 4}}
	fmt.Println(xs...)
	fmt.Println(xs)
	arr := [2]interface{}{true, 'x'}
	fmt.Println(arr)
	ch := make(chan interface{}, 1)
	ch <- 9
	fmt.Println(<-ch)
	s := struct{ v interface{} }{v: 8}
	fmt.Println(s.v)
	for i := 0; i < 3; i++ {
		defer collect(i, "d")
		collect(i)
	}
	fmt.Println(result)

	var n interface{} = 5
	fmt.Println(n == 5, n == nil, n != "x", 5 == n)
	fmt.Println(pick(true) == P{1, 2}, pick(false) == nil, pick(true) != nil)
	switch n {
	case 4:
		fmt.Println("four")
	case 5:
		fmt.Println("five")
	}
	ys := make([]interface{}, 0)
	ys = append(ys, 1, "a", 2.5, nil)
	fmt.Println(len(ys), ys)
	fmt.Printf("%v %d %s\n", ys[0], ys[0], ys[1])
	s1, s2, s3 := S{1, "x"}, S{1, "x"}, S{1, 2}
	fmt.Println(s1 == s2, s1 == s3, s1 != s3)
	var e1, e2 interface{} = 3.0, 3
	fmt.Println(e1 == e2)
	var p1, p2 interface{} = &s1, &s1
	fmt.Println(p1 == p2)
	defer fmt.Println("deferred calls run before the panic is reported")
	var u, v interface{} = []int{1}, []int{1}
	fmt.Println(u == v)
}
