hello.go:6:13: ... argument does not escape
hello.go:6:14: "Hello, world!" escapes to heap
hello.go:7:11: ... argument does not escape
hello.go:7:12: "no newline from Print, " escapes to heap
hello.go:8:11: ... argument does not escape
hello.go:8:12: "then one\n" escapes to heap
hello.go:9:13: ... argument does not escape
hello.go:9:14: "several" escapes to heap
hello.go:9:25: "operands" escapes to heap
hello.go:9:37: 1 escapes to heap
hello.go:9:40: 2 escapes to heap
hello.go:9:43: true escapes to heap
hello.go:9:49: 3.5 escapes to heap
hello.go:10:11: ... argument does not escape
hello.go:10:12: "Print puts spaces only between non-strings: " escapes to heap
hello.go:10:60: 1 escapes to heap
hello.go:10:63: 2 escapes to heap
hello.go:10:66: "x" escapes to heap
hello.go:10:71: 3 escapes to heap
hello.go:10:74: "\n" escapes to heap
hello.go:11:12: ... argument does not escape
hello.go:11:36: "govm" escapes to heap
hello.go:11:47: len("govm") escapes to heap
