panic_nilstar.go:8:13: ... argument does not escape
panic_nilstar.go:8:14: *p escapes to heap
panic_nilstar.go:11:13: ... argument does not escape
panic_nilstar.go:11:13: x escapes to heap
