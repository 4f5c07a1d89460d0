package main

import "fmt"

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	if n%2 == 0 {
		return n == 2
	}
	for d := 3; d*d <= n; d += 2 {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	count := 0
	for n := 0; n < 200; n++ {
		if isPrime(n) {
			fmt.Printf("%4d", n)
			count++
			if count%10 == 0 {
				fmt.Println()
			}
		}
	}
	fmt.Println()
	total, sum := 0, 0
	for n := 2; n < 20000; n++ {
		if !isPrime(n) {
			continue
		}
		total++
		sum += n
	}
	fmt.Println("primes below 20000:", total, "sum:", sum)

	// twin primes and the largest gap below 20000
	twins := 0
	prev, gap, gapAt := 2, 0, 0
	for n := 3; n < 20000; n += 2 {
		if isPrime(n) {
			if n-prev == 2 {
				twins++
			}
			if n-prev > gap {
				gap, gapAt = n-prev, prev
			}
			prev = n
		}
	}
	fmt.Printf("twin pairs: %d, largest gap %d after %d\n", twins, gap, gapAt)
}
