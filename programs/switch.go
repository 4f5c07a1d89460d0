package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func grade(score int) string {
	switch score / 10 {
	case 10, 9:
		return "A"
	case 8:
		return "B"
	case 7:
		return "C"
	case 6:
		return "D"
	}
	return "F"
}

func fall(n int) {
	fmt.Print(n, ":")
	switch n {
	case 0:
		fmt.Print(" zero")
		fallthrough
	case 1:
		fmt.Print(" one-or-fell")
		fallthrough
	case 2:
		fmt.Print(" two-or-fell")
	case 3:
		fmt.Print(" three")
	default:
		fmt.Print(" other")
		fallthrough
	case 4:
		fmt.Print(" four-or-default")
	}
	fmt.Println()
}

func weekday(d int) string {
	switch d {
	case 0:
		return "Sunday"
	case 6:
		return "Saturday"
	}
	return "weekday"
}

func main() {
	for i := -2; i <= 3; i++ {
		fmt.Println(i, classify(i))
	}
	scores := 0
	for s := 55; s <= 100; s += 9 {
		fmt.Printf("%3d -> %s\n", s, grade(s))
		scores++
	}
	for i := 0; i <= 5; i++ {
		fall(i)
	}
	for d := 0; d < 7; d += 3 {
		fmt.Println(d, weekday(d))
	}
	// switch with init statement and no tag
	switch x := 5; {
	case x > 3:
		fmt.Println("x > 3")
		fallthrough
	case x > 100:
		fmt.Println("fell into x > 100")
	case x > 1:
		fmt.Println("not reached")
	}
	// switch with init and tag, break inside switch
	switch y := scores * 2; y {
	case 12:
		fmt.Println("twelve")
		if scores > 1 {
			break
		}
		fmt.Println("not reached")
	default:
		fmt.Println("y =", y)
	}
	// evaluation order of case expressions
	switch n := 7; n {
	case count(1), count(7), count(9):
		fmt.Println("matched 7")
	}
	// string switch
	words := "go"
	switch words + "lang" {
	case "golang":
		fmt.Println("golang!")
	case "go":
		fmt.Println("go")
	}
}

var calls = 0

func count(v int) int {
	calls++
	fmt.Println("evaluating case", v, "call", calls)
	return v
}
