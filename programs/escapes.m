escapes.go:19:2: moved to heap: p
escapes.go:24:9: &Point{...} escapes to heap
escapes.go:28:7: &Point{...} does not escape
escapes.go:29:10: new(Point) does not escape
escapes.go:34:15: leaking param: p to result ~r0 level=0
escapes.go:36:15: p does not escape
escapes.go:38:12: leaking param: p
escapes.go:41:2: moved to heap: v
escapes.go:46:13: make([]int, 16) does not escape
escapes.go:54:13: make([]int, n) escapes to heap
escapes.go:70:2: moved to heap: c
escapes.go:71:9: func literal escapes to heap
escapes.go:79:9: func literal does not escape
escapes.go:86:11: leaking param content: b
escapes.go:104:13: ... argument does not escape
escapes.go:104:14: *a escapes to heap
escapes.go:104:18: *b escapes to heap
escapes.go:104:24: a == b escapes to heap
escapes.go:105:13: ... argument does not escape
escapes.go:105:22: sumLocal(21) escapes to heap
escapes.go:107:13: ... argument does not escape
escapes.go:107:22: readOnly(&local) escapes to heap
escapes.go:107:49: identity(&local) == &local escapes to heap
escapes.go:109:13: ... argument does not escape
escapes.go:109:21: global == b escapes to heap
escapes.go:109:27: *global escapes to heap
escapes.go:113:13: ... argument does not escape
escapes.go:113:17: len(keep) escapes to heap
escapes.go:113:25: *keep[0] escapes to heap
escapes.go:113:35: *keep[1] escapes to heap
escapes.go:113:45: *keep[2] escapes to heap
escapes.go:113:63: keep[0] != keep[1] escapes to heap
escapes.go:114:13: ... argument does not escape
escapes.go:114:22: fixedBuf() escapes to heap
escapes.go:114:32: varBuf(12) escapes to heap
escapes.go:116:13: ... argument does not escape
escapes.go:116:13: s escapes to heap
escapes.go:116:20: len(s) escapes to heap
escapes.go:116:28: cap(s) escapes to heap
escapes.go:119:13: ... argument does not escape
escapes.go:119:15: c() escapes to heap
escapes.go:119:31: localClosure(100) escapes to heap
escapes.go:121:10: &Point{...} escapes to heap
escapes.go:123:13: ... argument does not escape
escapes.go:123:14: *box.P escapes to heap
escapes.go:123:25: box.Vals escapes to heap
escapes.go:124:13: ... argument does not escape
escapes.go:124:14: *chain(100) escapes to heap
