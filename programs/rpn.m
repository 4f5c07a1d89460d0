rpn.go:25:7: leaking param content: m
rpn.go:25:35: leaking param: fn
rpn.go:29:7: leaking param: m to result ~r0 level=2
rpn.go:38:15: s does not escape
rpn.go:75:12: toks does not escape
rpn.go:107:16: toks does not escape
rpn.go:114:28: ... argument does not escape
rpn.go:114:30: t.Num escapes to heap
rpn.go:119:15: string(b) escapes to heap
rpn.go:123:7: &Machine{} escapes to heap
rpn.go:124:16: func literal escapes to heap
rpn.go:125:16: func literal escapes to heap
rpn.go:126:16: func literal escapes to heap
rpn.go:127:16: func literal escapes to heap
rpn.go:128:16: func literal escapes to heap
rpn.go:129:16: func literal escapes to heap
rpn.go:139:7: leaking param content: m
rpn.go:141:7: m does not escape
rpn.go:143:10: (*Machine).pop ignoring self-assignment in m.stack = m.stack[:len(m.stack) - 1]
rpn.go:147:7: leaking param content: m
rpn.go:147:23: prog does not escape
rpn.go:148:10: (*Machine).run ignoring self-assignment in m.stack = m.stack[:0]
rpn.go:163:19: []string{...} does not escape
rpn.go:175:13: ... argument does not escape
rpn.go:175:14: e escapes to heap
rpn.go:175:51: rpnString(rpn) escapes to heap
rpn.go:175:63: (*Machine).run(m, rpn) escapes to heap
rpn.go:177:13: ... argument does not escape
rpn.go:177:15: m.steps escapes to heap
rpn.go:177:26: len(m.stack) escapes to heap
rpn.go:177:51: (*Machine).lookup(m, '+') != nil escapes to heap
rpn.go:177:73: (*Machine).lookup(m, 'a') == nil escapes to heap
rpn.go:177:84: len(m.ops) escapes to heap
rpn.go:178:13: ... argument does not escape
rpn.go:178:32: tokenize("12+(3)")[0] escapes to heap
rpn.go:178:55: tokenize("12+(3)")[1:3] escapes to heap
rpn.go:186:31: ... argument does not escape
rpn.go:186:33: i % 10 escapes to heap
rpn.go:188:30: string(src) does not escape
rpn.go:189:13: ... argument does not escape
rpn.go:189:17: len(src) escapes to heap
rpn.go:189:27: len(rpn) escapes to heap
rpn.go:189:39: (*Machine).run(m, rpn) escapes to heap
rpn.go:189:47: m.steps escapes to heap
