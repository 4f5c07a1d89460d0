panic_slice3.go:5:13: leaking param: s to result ~r0 level=0
panic_slice3.go:10:12: []int{...} escapes to heap
panic_slice3.go:12:13: ... argument does not escape
panic_slice3.go:12:13: w escapes to heap
panic_slice3.go:12:20: len(w) escapes to heap
panic_slice3.go:12:28: cap(w) escapes to heap
panic_slice3.go:14:13: ... argument does not escape
panic_slice3.go:14:13: w escapes to heap
panic_slice3.go:14:20: len(w) escapes to heap
panic_slice3.go:14:28: cap(w) escapes to heap
panic_slice3.go:16:13: ... argument does not escape
panic_slice3.go:16:13: w escapes to heap
