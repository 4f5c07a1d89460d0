package main

import (
	"fmt"
	"runtime"
	"sync"
)

// Each goroutine recurses deeply; every frame holds a local whose address is
// passed down, so stack copies must adjust those pointers, each goroutine's
// stack growing on its own.

func deep(n int, seed int, parent *int, sum *int) int {
	local := seed*31 + n
	if parent != nil {
		local ^= *parent & 0xff
	}
	if n == 0 {
		*sum += local
		return local
	}
	if n%1000 == 0 {
		runtime.Gosched()
	}
	r := deep(n-1, seed, &local, sum)
	*sum += local % 7
	return r + local%3
}

type node struct {
	val  int
	next *node
}

func chain(n int, prev *node) int {
	here := node{n, prev}
	if n == 0 {
		s := 0
		for p := &here; p != nil; p = p.next {
			s += p.val
		}
		return s
	}
	if n%500 == 0 {
		runtime.Gosched()
	}
	return chain(n-1, &here)
}

func main() {
	const G = 8
	const depth = 10000
	var wg sync.WaitGroup
	sums := make([]int, G)
	rets := make([]int, G)
	chains := make([]int, G)
	for g := 0; g < G; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			rets[g] = deep(depth+g*1000, g, nil, &sums[g])
			chains[g] = chain(5000+g, nil)
		}(g)
	}
	wg.Wait()
	for g := 0; g < G; g++ {
		fmt.Printf("goroutine %d: ret %d sum %d chain %d\n", g, rets[g], sums[g], chains[g])
	}
	var s int
	fmt.Println("main:", deep(depth, 99, nil, &s), s, chain(3000, nil))
}
