package main

import "fmt"

type Person struct {
	Name string
	Age  int
}

func insertionSort(a []int) {
	for i := 1; i < len(a); i++ {
		v := a[i]
		j := i - 1
		for j >= 0 && a[j] > v {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = v
	}
}

func quickSort(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quickSort(a[:j+1])
	quickSort(a[i:])
}

func mergeSort(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	m := len(a) / 2
	l, r := mergeSort(a[:m]), mergeSort(a[m:])
	out := make([]int, 0, len(a))
	for len(l) > 0 && len(r) > 0 {
		if l[0] <= r[0] {
			out = append(out, l[0])
			l = l[1:]
		} else {
			out = append(out, r[0])
			r = r[1:]
		}
	}
	out = append(out, l...)
	return append(out, r...)
}

func siftDown(a []int, i, n int) {
	for {
		c := 2*i + 1
		if c >= n {
			return
		}
		if c+1 < n && a[c+1] > a[c] {
			c++
		}
		if a[i] >= a[c] {
			return
		}
		a[i], a[c] = a[c], a[i]
		i = c
	}
}

func heapSort(a []int) {
	for i := len(a)/2 - 1; i >= 0; i-- {
		siftDown(a, i, len(a))
	}
	for n := len(a) - 1; n > 0; n-- {
		a[0], a[n] = a[n], a[0]
		siftDown(a, 0, n)
	}
}

// sortBy is a stable insertion sort with a comparison closure
func sortBy(ps []Person, less func(a, b *Person) bool) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && less(&ps[j], &ps[j-1]); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

func isSorted(a []int) bool {
	for i := 1; i < len(a); i++ {
		if a[i-1] > a[i] {
			return false
		}
	}
	return true
}

func random(n, seed int) []int {
	out := make([]int, n)
	for i := range out {
		seed = (seed*1103515245 + 12345) % 2147483648
		out[i] = seed % 1000
	}
	return out
}

func checksum(a []int) int {
	h := 0
	for i, v := range a {
		h = (h*31 + v*(i+1)) % 1000000007
	}
	return h
}

func binarySearch(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		m := (lo + hi) / 2
		if a[m] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

func main() {
	small := []int{5, 2, 9, 1, 5, 6, -3, 0}
	a := append([]int(nil), small...)
	insertionSort(a)
	fmt.Println(a, small)
	b := append([]int(nil), small...)
	quickSort(b)
	fmt.Println(b, mergeSort(small), small)
	c := append([]int(nil), small...)
	heapSort(c)
	fmt.Println(c)

	big := random(3000, 7)
	for _, sorter := range []func([]int){insertionSort, quickSort} {
		x := make([]int, len(big))
		copy(x, big)
		sorter(x)
		fmt.Println(isSorted(x), checksum(x), x[0], x[len(x)-1])
	}
	h := append([]int(nil), big...)
	heapSort(h)
	fmt.Println(isSorted(h), checksum(h), h[0], h[len(h)-1])
	m := mergeSort(big)
	fmt.Println(isSorted(m), checksum(m), isSorted(big))
	fmt.Println(binarySearch(m, 500), binarySearch(m, -1), binarySearch(m, 1000), len(m))

	people := []Person{
		{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dave", 25}, {"Eve", 30}, {"Frank", 20},
	}
	sortBy(people, func(a, b *Person) bool { return a.Age < b.Age })
	fmt.Println(people)
	sortBy(people, func(a, b *Person) bool { return a.Name > b.Name })
	fmt.Println(people)
	byAgeThenName := func(a, b *Person) bool {
		if a.Age != b.Age {
			return a.Age > b.Age
		}
		return a.Name < b.Name
	}
	sortBy(people, byAgeThenName)
	fmt.Printf("%+v\n", people)

	// sort an array through a slice of it
	arr := [6]int{3, 1, 2, 6, 5, 4}
	quickSort(arr[1:5])
	fmt.Println(arr)
	quickSort(arr[:])
	fmt.Println(arr)
}
