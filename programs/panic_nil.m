panic_nil.go:10:10: n does not escape
panic_nil.go:20:10: &Node{...} does not escape
panic_nil.go:20:19: &Node{...} does not escape
panic_nil.go:20:28: &Node{...} does not escape
panic_nil.go:21:13: ... argument does not escape
panic_nil.go:21:17: sum(list, 3) escapes to heap
panic_nil.go:22:13: ... argument does not escape
panic_nil.go:22:17: sum(list, 4) escapes to heap
