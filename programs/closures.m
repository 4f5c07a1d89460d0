closures.go:6:2: moved to heap: n
closures.go:7:9: func literal escapes to heap
closures.go:13:12: moved to heap: base
closures.go:14:9: func literal escapes to heap
closures.go:20:12: xs does not escape
closures.go:20:22: f does not escape
closures.go:21:13: make([]int, 0, len(xs)) escapes to heap
closures.go:28:13: xs does not escape
closures.go:28:23: keep does not escape
closures.go:38:13: xs does not escape
closures.go:38:33: f does not escape
closures.go:46:14: leaking param: f
closures.go:46:17: leaking param: g
closures.go:47:9: func literal escapes to heap
closures.go:50:20: f does not escape
closures.go:57:2: moved to heap: a
closures.go:57:5: moved to heap: b
closures.go:58:9: func literal escapes to heap
closures.go:67:13: ... argument does not escape
closures.go:67:16: c1() escapes to heap
closures.go:67:22: c1() escapes to heap
closures.go:67:28: c1() escapes to heap
closures.go:67:34: c2() escapes to heap
closures.go:67:40: c1() escapes to heap
closures.go:70:13: ... argument does not escape
closures.go:70:17: add(1) escapes to heap
closures.go:70:25: add(2) escapes to heap
closures.go:70:33: add(3) escapes to heap
closures.go:72:13: []int{...} does not escape
closures.go:73:18: func literal does not escape
closures.go:74:13: ... argument does not escape
closures.go:74:13: sq escapes to heap
closures.go:75:13: ... argument does not escape
closures.go:75:20: filter(sq, func literal) escapes to heap
closures.go:75:25: func literal does not escape
closures.go:76:13: ... argument does not escape
closures.go:76:20: reduce(xs, 0, func literal) escapes to heap
closures.go:76:28: func literal does not escape
closures.go:77:9: reduce(xs, 1, func literal) escapes to heap
closures.go:77:17: func literal does not escape
closures.go:79:9: func literal escapes to heap
closures.go:80:9: func literal escapes to heap
closures.go:81:13: ... argument does not escape
closures.go:81:31: .autotmp_7(5) escapes to heap
closures.go:81:53: .autotmp_8(5) escapes to heap
closures.go:85:12: func literal does not escape
closures.go:86:13: ... argument does not escape
closures.go:86:13: total escapes to heap
closures.go:88:10: func literal does not escape
closures.go:90:13: ... argument does not escape
closures.go:90:18: show() escapes to heap
closures.go:94:12: ... argument does not escape
closures.go:94:14: f() escapes to heap
closures.go:94:18: " " escapes to heap
