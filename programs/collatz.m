collatz.go:23:14: ... argument does not escape
collatz.go:23:15: n escapes to heap
collatz.go:23:15: s escapes to heap
collatz.go:26:13: ... argument does not escape
collatz.go:26:14: "longest below 3000:" escapes to heap
collatz.go:26:14: bestN escapes to heap
collatz.go:26:44: "with" escapes to heap
collatz.go:26:44: best escapes to heap
collatz.go:26:58: "steps" escapes to heap
collatz.go:33:12: ... argument does not escape
collatz.go:33:12: n escapes to heap
collatz.go:33:16: " " escapes to heap
collatz.go:47:13: ... argument does not escape
collatz.go:47:14: 1 escapes to heap
collatz.go:48:13: ... argument does not escape
collatz.go:48:14: "peak" escapes to heap
collatz.go:48:14: peak escapes to heap
