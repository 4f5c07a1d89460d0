overflow.go:17:13: ... argument does not escape
overflow.go:17:14: "recursing forever" escapes to heap
overflow.go:18:13: ... argument does not escape
overflow.go:18:18: grow(0, 1, 2, 3, 4, 5, 6, 7, 8) escapes to heap
