panic_slice.go:6:11: make([]int, 2, 4) does not escape
panic_slice.go:7:25: []int{...} does not escape
panic_slice.go:9:14: ... argument does not escape
panic_slice.go:9:14: j escapes to heap
panic_slice.go:9:21: len(t) escapes to heap
panic_slice.go:9:29: cap(t) escapes to heap
