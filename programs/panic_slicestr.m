panic_slicestr.go:5:13: leaking param: s to result ~r0 level=0
panic_slicestr.go:12:13: ... argument does not escape
panic_slicestr.go:12:28: prefix(word, n) escapes to heap
panic_slicestr.go:14:13: ... argument does not escape
panic_slicestr.go:14:20: prefix(word, 10) escapes to heap
