fib.go:24:14: ... argument does not escape
fib.go:24:15: "fib" escapes to heap
fib.go:24:15: i escapes to heap
fib.go:24:25: "=" escapes to heap
fib.go:24:33: fib(i) escapes to heap
fib.go:26:12: ... argument does not escape
fib.go:26:56: fib(25) escapes to heap
fib.go:26:69: fibIter(25) escapes to heap
fib.go:27:13: ... argument does not escape
fib.go:27:14: "fib(90) =" escapes to heap
fib.go:27:34: fibIter(90) escapes to heap
fib.go:29:13: ... argument does not escape
fib.go:29:14: "fib(93) wraps to" escapes to heap
fib.go:29:41: fibIter(93) escapes to heap
fib.go:35:13: ... argument does not escape
fib.go:35:14: "as uint64:" escapes to heap
fib.go:35:14: u escapes to heap
