printbuiltin.go:6:13: ... argument does not escape
printbuiltin.go:6:14: "stdout line" escapes to heap
printbuiltin.go:19:13: ... argument does not escape
printbuiltin.go:19:14: "stdout again" escapes to heap
