go_defer.go:10:7: leaking param: t
go_defer.go:10:16: leaking param: s
go_defer.go:10:41: ... argument does not escape
go_defer.go:10:43: t.name escapes to heap
go_defer.go:10:50: "says" escapes to heap
go_defer.go:10:50: s escapes to heap
go_defer.go:11:7: t does not escape
go_defer.go:11:20: leaking param: s
go_defer.go:15:20: ... argument does not escape
go_defer.go:15:21: "deferred" escapes to heap
go_defer.go:15:21: i escapes to heap
go_defer.go:17:13: ... argument does not escape
go_defer.go:17:14: "order: body done" escapes to heap
go_defer.go:22:19: ... argument does not escape
go_defer.go:22:20: "argument evaluated at defer:" escapes to heap
go_defer.go:22:20: x escapes to heap
go_defer.go:23:8: func literal does not escape
go_defer.go:23:28: ... argument does not escape
go_defer.go:23:29: "closure sees the final x:" escapes to heap
go_defer.go:23:29: x escapes to heap
go_defer.go:25:7: &T{...} does not escape
go_defer.go:29:13: ... argument does not escape
go_defer.go:29:14: "args: body done, x =" escapes to heap
go_defer.go:29:14: x escapes to heap
go_defer.go:29:41: "name =" escapes to heap
go_defer.go:29:52: p.name escapes to heap
go_defer.go:33:8: func literal does not escape
go_defer.go:34:8: func literal does not escape
go_defer.go:39:8: func literal does not escape
go_defer.go:48:8: func literal does not escape
go_defer.go:48:33: "[" + out + "]" escapes to heap
go_defer.go:58:17: moved to heap: n
go_defer.go:60:9: func literal escapes to heap
go_defer.go:65:12: leaking param: s
go_defer.go:66:13: ... argument does not escape
go_defer.go:66:14: "entering" escapes to heap
go_defer.go:66:14: s escapes to heap
go_defer.go:70:9: leaking param: s
go_defer.go:71:13: ... argument does not escape
go_defer.go:71:14: "leaving" escapes to heap
go_defer.go:71:14: s escapes to heap
go_defer.go:76:13: ... argument does not escape
go_defer.go:76:14: "in a" escapes to heap
go_defer.go:81:13: ... argument does not escape
go_defer.go:81:14: "in b" escapes to heap
go_defer.go:85:15: leaking param: mu
go_defer.go:85:31: v does not escape
go_defer.go:95:13: ... argument does not escape
go_defer.go:95:14: "named:" escapes to heap
go_defer.go:95:29: named() escapes to heap
go_defer.go:97:13: ... argument does not escape
go_defer.go:97:14: "namedTwo:" escapes to heap
go_defer.go:97:14: x escapes to heap
go_defer.go:97:14: y escapes to heap
go_defer.go:98:13: ... argument does not escape
go_defer.go:98:19: early(-1) escapes to heap
go_defer.go:98:30: early(0) escapes to heap
go_defer.go:98:40: early(3) escapes to heap
go_defer.go:99:13: ... argument does not escape
go_defer.go:99:14: "counter:" escapes to heap
go_defer.go:99:33: counter() escapes to heap
go_defer.go:101:6: moved to heap: mu
go_defer.go:106:13: ... argument does not escape
go_defer.go:106:14: "withLock:" escapes to heap
go_defer.go:106:14: v escapes to heap
go_defer.go:108:6: moved to heap: wg
go_defer.go:109:13: make([]int, 10) escapes to heap
go_defer.go:112:6: func literal escapes to heap
go_defer.go:114:10: func literal does not escape
go_defer.go:119:13: ... argument does not escape
go_defer.go:119:14: "goroutine defers:" escapes to heap
go_defer.go:119:14: res escapes to heap
go_defer.go:120:19: ... argument does not escape
go_defer.go:120:20: "main's defer runs last" escapes to heap
go_defer.go:122:13: ... argument does not escape
go_defer.go:122:14: "main: end" escapes to heap
