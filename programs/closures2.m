closures2.go:5:12: moved to heap: base
closures2.go:6:9: func literal escapes to heap
closures2.go:22:7: m does not escape
closures2.go:33:19: func literal escapes to heap
closures2.go:40:6: moved to heap: i
closures2.go:41:19: func literal escapes to heap
closures2.go:47:14: make([]int, 100) escapes to heap
closures2.go:48:6: moved to heap: fib
closures2.go:49:8: func literal escapes to heap
closures2.go:64:13: []Op{...} does not escape
closures2.go:65:11: func literal escapes to heap
closures2.go:66:11: func literal escapes to heap
closures2.go:67:11: func literal escapes to heap
closures2.go:70:12: ... argument does not escape
closures2.go:70:15: op.name escapes to heap
closures2.go:70:22: "=" escapes to heap
closures2.go:70:32: op.fn(7, 3) escapes to heap
closures2.go:70:40: " " escapes to heap
closures2.go:74:6: moved to heap: log
closures2.go:75:7: &Machine{} does not escape
closures2.go:76:28: func literal escapes to heap
closures2.go:77:28: func literal escapes to heap
closures2.go:85:13: ... argument does not escape
closures2.go:85:15: log escapes to heap
closures2.go:85:15: m.acc escapes to heap
closures2.go:88:12: ... argument does not escape
closures2.go:88:15: mf(10) escapes to heap
closures2.go:88:21: " " escapes to heap
closures2.go:92:12: ... argument does not escape
closures2.go:92:14: g() escapes to heap
closures2.go:92:18: " " escapes to heap
closures2.go:97:13: ... argument does not escape
closures2.go:97:17: fib(50) escapes to heap
closures2.go:97:26: fib(90) escapes to heap
closures2.go:102:9: func literal does not escape
closures2.go:109:13: ... argument does not escape
closures2.go:109:18: depth escapes to heap
closures2.go:109:18: walk(20) escapes to heap
closures2.go:113:13: ... argument does not escape
closures2.go:113:17: nf == nil escapes to heap
closures2.go:113:29: add != nil escapes to heap
closures2.go:117:7: &pair{...} does not escape
closures2.go:118:10: func literal does not escape
closures2.go:118:28: main.func7 ignoring self-assignment in p.a, p.b = p.b, p.a
closures2.go:120:13: ... argument does not escape
closures2.go:120:14: *p escapes to heap
closures2.go:124:13: ... argument does not escape
closures2.go:124:14: *p escapes to heap
closures2.go:124:14: q escapes to heap
closures2.go:127:9: func literal does not escape
closures2.go:128:13: ... argument does not escape
closures2.go:128:13: res escapes to heap
closures2.go:132:9: func literal does not escape
closures2.go:135:13: ... argument does not escape
closures2.go:135:13: arr escapes to heap
