// Type switches on interface{} values: nil, single and multiple types per
// case, pointer cases, default, and a switch with no binding.

package main

import "fmt"

type P struct{ x, y int }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprint("int ", x*2)
	case string, bool:
		return fmt.Sprint("string or bool ", x)
	case P:
		return fmt.Sprint("P ", x.x+x.y)
	case *P:
		x.x = 100
		return "pointer"
	default:
		return fmt.Sprint("other ", x)
	}
}

func main() {
	p := &P{1, 2}
	for _, v := range []interface{}{nil, 21, "s", true, P{3, 4}, p, 1.5, []int{1}} {
		fmt.Println(describe(v))
	}
	fmt.Println(p.x)
	var v interface{} = 7
	switch v.(type) {
	case string:
		fmt.Println("no")
	case int:
		fmt.Println("int, no binding")
	}
}
