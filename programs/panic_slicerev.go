package main

import "fmt"

func main() {
	a := [5]int{1, 2, 3, 4, 5}
	lo, hi := 3, 1
	fmt.Println(a[1:3])
	fmt.Println(a[lo:hi])
}
