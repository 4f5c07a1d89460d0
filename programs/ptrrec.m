ptrrec.go:14:12: leaking param: b
ptrrec.go:18:15: ... argument does not escape
ptrrec.go:18:16: "first solution:" escapes to heap
ptrrec.go:18:43: b.queens[:b.n] escapes to heap
ptrrec.go:35:38: leaking param content: pegs
ptrrec.go:35:54: moves does not escape
ptrrec.go:42:7: hanoi ignoring self-assignment in *src = (*src)[:len(*src) - 1]
ptrrec.go:49:14: xs does not escape
ptrrec.go:49:31: leaking param content: out
ptrrec.go:51:13: make([]int, len(xs)) escapes to heap
ptrrec.go:57:16: permute ignoring self-assignment in xs[k], xs[i] = xs[i], xs[k]
ptrrec.go:59:16: permute ignoring self-assignment in xs[k], xs[i] = xs[i], xs[k]
ptrrec.go:66:11: g does not escape
ptrrec.go:66:51: count does not escape
ptrrec.go:85:46: &Expr{...} escapes to heap
ptrrec.go:86:19: leaking param: l
ptrrec.go:86:22: leaking param: r
ptrrec.go:86:46: &Expr{...} escapes to heap
ptrrec.go:88:11: e does not escape
ptrrec.go:100:10: e does not escape
ptrrec.go:102:20: ... argument does not escape
ptrrec.go:102:22: e.Val escapes to heap
ptrrec.go:104:41: string(e.Op) does not escape
ptrrec.go:104:69: "(" + str(e.Left) + " " + string(e.Op) + " " + str(e.Right) + ")" escapes to heap
ptrrec.go:108:15: leaking param content: link
ptrrec.go:136:16: xs does not escape
ptrrec.go:136:26: lo does not escape
ptrrec.go:136:30: hi does not escape
ptrrec.go:136:34: sum does not escape
ptrrec.go:152:3: moved to heap: b
ptrrec.go:154:14: ... argument does not escape
ptrrec.go:154:14: n escapes to heap
ptrrec.go:154:18: "queens:" escapes to heap
ptrrec.go:154:30: b.solutions escapes to heap
ptrrec.go:154:42: "placements tried:" escapes to heap
ptrrec.go:154:64: b.hits escapes to heap
ptrrec.go:163:13: ... argument does not escape
ptrrec.go:163:14: "hanoi:" escapes to heap
ptrrec.go:163:14: moves escapes to heap
ptrrec.go:163:35: pegs[0] escapes to heap
ptrrec.go:163:44: pegs[1] escapes to heap
ptrrec.go:163:53: pegs[2] escapes to heap
ptrrec.go:166:15: []int{...} does not escape
ptrrec.go:167:13: ... argument does not escape
ptrrec.go:167:17: len(perms) escapes to heap
ptrrec.go:167:31: perms[0] escapes to heap
ptrrec.go:167:41: perms[1] escapes to heap
ptrrec.go:167:51: perms[23] escapes to heap
ptrrec.go:181:13: ... argument does not escape
ptrrec.go:181:14: "filled:" escapes to heap
ptrrec.go:181:14: count escapes to heap
ptrrec.go:183:14: ... argument does not escape
ptrrec.go:183:21: string(g[y][:]) escapes to heap
ptrrec.go:187:13: ... argument does not escape
ptrrec.go:187:17: str(e) escapes to heap
ptrrec.go:187:22: "=" escapes to heap
ptrrec.go:187:31: eval(e) escapes to heap
ptrrec.go:189:13: ... argument does not escape
ptrrec.go:189:17: str(e) escapes to heap
ptrrec.go:191:13: ... argument does not escape
ptrrec.go:191:17: str(long) escapes to heap
ptrrec.go:191:25: "=" escapes to heap
ptrrec.go:191:34: eval(long) escapes to heap
ptrrec.go:195:13: ... argument does not escape
ptrrec.go:195:13: v escapes to heap
ptrrec.go:195:25: deep.Op == 'n' escapes to heap
ptrrec.go:195:37: deep.Val escapes to heap
ptrrec.go:197:13: []int{...} does not escape
ptrrec.go:200:13: ... argument does not escape
ptrrec.go:200:13: hi escapes to heap
ptrrec.go:200:13: lo escapes to heap
ptrrec.go:200:13: sum escapes to heap
