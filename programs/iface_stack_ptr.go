package main

import "fmt"

// An interface holding a pointer to a stack variable: the pointer is the
// interface's data word (as in gc), so the stack copies and shrinks that
// GOVM_STRESS_STACK and GOVM_STRESS_GC force keep it pointing at the variable.

type grid [16]int

func reset(v interface{}) {
	switch p := v.(type) {
	case *grid:
		*p = grid{}
	case *[]int:
		*p = nil
	}
}

// deep grows the stack while the caller's grid lives on it
func deep(n int, g *grid) int {
	if n == 0 {
		reset(g)
		return 0
	}
	var pad [64]int
	pad[n%64] = n
	return deep(n-1, g) + pad[n%64]
}

var sink []byte

func main() {
	total := 0
	for i := 0; i < 2000; i++ {
		var g grid
		for k := range g {
			g[k] = k + i
		}
		var v interface{} = &g
		if i%100 == 0 {
			total += deep(50, v.(*grid))
		} else {
			reset(v)
		}
		sink = make([]byte, 512) // garbage, so that collections run
		for _, x := range g {
			total += x
		}
	}
	s := []int{1, 2}
	reset(&s)
	fmt.Println(total, s == nil)
}
