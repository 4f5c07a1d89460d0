panic_index.go:5:10: s does not escape
panic_index.go:10:12: []int{...} does not escape
panic_index.go:12:14: ... argument does not escape
panic_index.go:12:14: i escapes to heap
panic_index.go:12:21: get(s, i) escapes to heap
panic_index.go:14:13: ... argument does not escape
panic_index.go:14:17: get(s, 5) escapes to heap
panic_index.go:15:13: ... argument does not escape
panic_index.go:15:14: "unreachable" escapes to heap
