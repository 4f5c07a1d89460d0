// Type assertions x.(T) on interface{} values: the comma-ok form, the
// single-value form, and the panic of a failed one.

package main

import "fmt"

type P struct{ x, y int }

func classify(v interface{}) string {
	if n, ok := v.(int); ok {
		return fmt.Sprint("int ", n)
	}
	if s, ok := v.(string); ok {
		return "string " + s
	}
	if p, ok := v.(P); ok {
		return fmt.Sprint("P ", p.x+p.y)
	}
	if p, ok := v.(*P); ok {
		return fmt.Sprint("*P ", p.x)
	}
	return "other"
}

func main() {
	vals := []interface{}{1, "a", P{2, 3}, &P{4, 5}, 2.5, nil}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var v interface{} = 40
	fmt.Println(v.(int) + 2)
	_, ok := v.(string)
	fmt.Println(ok)
	var e interface{}
	_, ok = e.(int)
	fmt.Println(ok)
	fmt.Println(v.(string))
}
