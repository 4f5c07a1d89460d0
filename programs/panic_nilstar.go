package main

import "fmt"

func main() {
	x := 7
	p := &x
	fmt.Println(*p)
	p = nil
	*p = 8
	fmt.Println(x)
}
