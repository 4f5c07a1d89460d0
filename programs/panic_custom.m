panic_custom.go:7:8: "boom" escapes to heap
panic_custom.go:9:13: ... argument does not escape
panic_custom.go:9:14: "entering depth" escapes to heap
panic_custom.go:9:14: depth escapes to heap
panic_custom.go:11:13: ... argument does not escape
panic_custom.go:11:14: "never printed" escapes to heap
panic_custom.go:16:13: ... argument does not escape
panic_custom.go:16:14: "start" escapes to heap
panic_custom.go:18:13: ... argument does not escape
panic_custom.go:18:14: "unreachable" escapes to heap
