panic_makecap.go:7:11: make([]byte, 2, c) escapes to heap
panic_makecap.go:8:13: ... argument does not escape
panic_makecap.go:8:17: len(s) escapes to heap
panic_makecap.go:8:25: cap(s) escapes to heap
panic_makecap.go:9:10: make([]byte, n, c) escapes to heap
panic_makecap.go:10:13: ... argument does not escape
panic_makecap.go:10:17: len(s) escapes to heap
panic_makecap.go:10:25: cap(s) escapes to heap
