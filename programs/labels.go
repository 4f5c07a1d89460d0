package main

import "fmt"

func main() {
	// labeled continue: print pairs (i, j) with j < i, skipping multiples of 3
outer:
	for i := 0; i < 6; i++ {
		for j := 0; j < 6; j++ {
			if j >= i {
				continue outer
			}
			if (i+j)%3 == 0 {
				continue
			}
			fmt.Print("(", i, ",", j, ") ")
		}
	}
	fmt.Println()

	// labeled break out of nested loops
	found := false
search:
	for a := 1; a < 30; a++ {
		for b := a; b < 30; b++ {
			for c := b; c < 40; c++ {
				if a*a+b*b == c*c && a+b+c > 30 {
					fmt.Println("triple:", a, b, c)
					found = true
					break search
				}
			}
		}
	}
	fmt.Println("found:", found)

	// goto loop
	n := 0
loop:
	if n < 5 {
		fmt.Print("goto ", n, "; ")
		n++
		goto loop
	}
	fmt.Println()

	// goto forward, skipping code
	k := 10
	if k > 5 {
		goto done
	}
	fmt.Println("skipped")
done:
	fmt.Println("done, k =", k)

	// break from a switch inside a loop needs a label
	i := 0
L:
	for {
		switch {
		case i > 3:
			break L
		case i%2 == 0:
			fmt.Println(i, "even")
		default:
			fmt.Println(i, "odd")
		}
		i++
	}
	fmt.Println("after L, i =", i)

	// while-style and infinite for
	x := 1
	for x < 1000 {
		x *= 3
	}
	fmt.Println("x =", x)
	steps := 0
	for {
		steps++
		if steps == 7 {
			break
		}
	}
	fmt.Println("steps =", steps)

	// continue with a labeled post statement
	total := 0
rows:
	for r := 1; r <= 4; r++ {
		for c := 1; c <= 4; c++ {
			if c > r {
				continue rows
			}
			total += r * c
		}
	}
	fmt.Println("total =", total)
}
