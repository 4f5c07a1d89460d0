panic_array.go:9:7: g does not escape
panic_array.go:18:13: ... argument does not escape
panic_array.go:18:15: g.cells escapes to heap
