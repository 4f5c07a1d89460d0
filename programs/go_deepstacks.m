go_deepstacks.go:13:28: parent does not escape
go_deepstacks.go:13:41: sum does not escape
go_deepstacks.go:35:19: prev does not escape
go_deepstacks.go:53:6: moved to heap: wg
go_deepstacks.go:54:14: make([]int, G) escapes to heap
go_deepstacks.go:55:14: make([]int, G) escapes to heap
go_deepstacks.go:56:16: make([]int, G) escapes to heap
go_deepstacks.go:59:6: func literal escapes to heap
go_deepstacks.go:67:13: ... argument does not escape
go_deepstacks.go:67:14: g escapes to heap
go_deepstacks.go:67:63: rets[g] escapes to heap
go_deepstacks.go:67:72: sums[g] escapes to heap
go_deepstacks.go:67:83: chains[g] escapes to heap
go_deepstacks.go:70:13: ... argument does not escape
go_deepstacks.go:70:14: "main:" escapes to heap
go_deepstacks.go:70:27: deep(depth, 99, nil, &s) escapes to heap
go_deepstacks.go:70:27: s escapes to heap
go_deepstacks.go:70:57: chain(3000, nil) escapes to heap
