package main

import (
	"fmt"
	"sync"
)

type job struct {
	id int
	n  int
}

type result struct {
	id    int
	value int
}

func collatzSteps(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func worker(jobs <-chan job, results chan<- result, wg *sync.WaitGroup, done []int, w int) {
	defer wg.Done()
	for j := range jobs {
		results <- result{j.id, collatzSteps(j.n)}
		done[w]++
	}
}

func sortResults(rs []result) {
	for i := 1; i < len(rs); i++ {
		r := rs[i]
		k := i - 1
		for k >= 0 && rs[k].id > r.id {
			rs[k+1] = rs[k]
			k--
		}
		rs[k+1] = r
	}
}

func main() {
	const nJobs = 200
	const nWorkers = 8
	jobs := make(chan job, 16)
	results := make(chan result, 16)
	var wg sync.WaitGroup
	done := make([]int, nWorkers)
	for w := 0; w < nWorkers; w++ {
		wg.Add(1)
		go worker(jobs, results, &wg, done, w)
	}
	go func() {
		for i := 0; i < nJobs; i++ {
			jobs <- job{i, i + 1}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	sum := 0
	for r := range results {
		all = append(all, r)
		sum += r.value
	}
	sortResults(all)
	fmt.Println("results:", len(all), "sum:", sum)
	for i := 0; i < 10; i++ {
		fmt.Printf("job %d -> %d steps\n", all[i].id, all[i].value)
	}
	best := all[0]
	for _, r := range all {
		if r.value > best.value {
			best = r
		}
	}
	fmt.Println("longest:", best.id+1, best.value)
	total := 0
	for _, d := range done {
		total += d
	}
	fmt.Println("jobs done by workers:", total)

	// a second pool: squares summed through a mutex, WaitGroup reused
	var mu sync.Mutex
	acc := 0
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < 1000; i += 4 {
				mu.Lock()
				acc += i * i
				mu.Unlock()
			}
		}(w)
	}
	wg.Wait()
	fmt.Println("sum of squares below 1000:", acc)
}
