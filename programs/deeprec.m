deeprec.go:36:13: ... argument does not escape
deeprec.go:36:17: sum(1000000) escapes to heap
deeprec.go:37:13: ... argument does not escape
deeprec.go:37:18: even(300001) escapes to heap
deeprec.go:37:31: odd(300001) escapes to heap
deeprec.go:38:13: ... argument does not escape
deeprec.go:38:19: depth(500000, 0) escapes to heap
