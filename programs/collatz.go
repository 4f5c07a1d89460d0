package main

import "fmt"

func steps(n int) int {
	count := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		count++
	}
	return count
}

func main() {
	best, bestN := 0, 0
	for n := 1; n < 3000; n++ {
		if s := steps(n); s > best {
			best, bestN = s, n
			fmt.Printf("new record: %4d takes %3d steps\n", n, s)
		}
	}
	fmt.Println("longest below 3000:", bestN, "with", best, "steps")

	// print one trajectory
	n := 27
	peak := n
	line := 0
	for n != 1 {
		fmt.Print(n, " ")
		line++
		if line%16 == 0 {
			fmt.Println()
		}
		if n%2 == 0 {
			n = n / 2
		} else {
			n = 3*n + 1
		}
		if n > peak {
			peak = n
		}
	}
	fmt.Println(1)
	fmt.Println("peak", peak)
}
