panic_makeslice.go:6:13: make([]int, n) escapes to heap
panic_makeslice.go:10:25: []int{...} does not escape
panic_makeslice.go:12:14: ... argument does not escape
panic_makeslice.go:12:14: n escapes to heap
panic_makeslice.go:12:21: len(s) escapes to heap
panic_makeslice.go:12:29: cap(s) escapes to heap
