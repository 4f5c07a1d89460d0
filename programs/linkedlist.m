linkedlist.go:16:7: l does not escape
linkedlist.go:17:7: &Node{...} escapes to heap
linkedlist.go:27:7: leaking param content: l
linkedlist.go:28:7: &Node{...} escapes to heap
linkedlist.go:31:10: (*List).PushFront ignoring self-assignment in l.tail = l.head
linkedlist.go:36:7: leaking param content: l
linkedlist.go:49:7: l does not escape
linkedlist.go:55:18: ... argument does not escape
linkedlist.go:55:20: n.Val escapes to heap
linkedlist.go:57:11: s + "]" escapes to heap
linkedlist.go:61:7: leaking param content: l
linkedlist.go:79:14: leaking param: head
linkedlist.go:90:17: leaking param: n
linkedlist.go:100:16: xs does not escape
linkedlist.go:103:8: &Node{...} escapes to heap
linkedlist.go:109:14: n does not escape
linkedlist.go:117:19: leaking param content: head
linkedlist.go:121:7: &Node{...} escapes to heap
linkedlist.go:125:12: leaking param: a
linkedlist.go:125:15: leaking param: b
linkedlist.go:144:16: leaking param: head
linkedlist.go:158:15: head does not escape
linkedlist.go:172:13: ... argument does not escape
linkedlist.go:172:22: (*List).String(l) escapes to heap
linkedlist.go:172:27: l.size escapes to heap
linkedlist.go:177:13: ... argument does not escape
linkedlist.go:177:22: (*List).String(l) escapes to heap
linkedlist.go:177:27: l.size escapes to heap
linkedlist.go:179:13: ... argument does not escape
linkedlist.go:179:13: ok escapes to heap
linkedlist.go:179:13: v escapes to heap
linkedlist.go:179:29: (*List).String(l) escapes to heap
linkedlist.go:182:13: ... argument does not escape
linkedlist.go:182:22: (*List).String(l) escapes to heap
linkedlist.go:182:34: (*List).Remove(l, 20) escapes to heap
linkedlist.go:182:48: (*List).String(l) escapes to heap
linkedlist.go:182:53: l.size escapes to heap
linkedlist.go:182:66: l.tail.Val escapes to heap
linkedlist.go:183:13: ... argument does not escape
linkedlist.go:183:22: (*List).Remove(l, 50) escapes to heap
linkedlist.go:183:36: (*List).String(l) escapes to heap
linkedlist.go:183:46: l.tail.Val escapes to heap
linkedlist.go:189:12: ... argument does not escape
linkedlist.go:189:12: v escapes to heap
linkedlist.go:189:16: " " escapes to heap
linkedlist.go:191:13: ... argument does not escape
linkedlist.go:191:21: l.head == nil escapes to heap
linkedlist.go:191:36: l.tail == nil escapes to heap
linkedlist.go:191:45: l.size escapes to heap
linkedlist.go:193:22: []int{...} does not escape
linkedlist.go:194:13: ... argument does not escape
linkedlist.go:194:21: toSlice(h) escapes to heap
linkedlist.go:196:13: ... argument does not escape
linkedlist.go:196:21: toSlice(h) escapes to heap
linkedlist.go:198:13: ... argument does not escape
linkedlist.go:198:21: toSlice(h) escapes to heap
linkedlist.go:206:13: ... argument does not escape
linkedlist.go:206:21: toSlice(sorted) escapes to heap
linkedlist.go:213:8: &Node{...} escapes to heap
linkedlist.go:227:13: ... argument does not escape
linkedlist.go:227:13: n escapes to heap
linkedlist.go:227:13: okSorted escapes to heap
linkedlist.go:227:13: sum escapes to heap
linkedlist.go:227:35: big.Val escapes to heap
linkedlist.go:227:35: prev escapes to heap
linkedlist.go:230:22: []int{...} does not escape
linkedlist.go:231:13: ... argument does not escape
linkedlist.go:231:22: hasCycle(c) escapes to heap
linkedlist.go:237:13: ... argument does not escape
linkedlist.go:237:22: hasCycle(c) escapes to heap
linkedlist.go:241:7: &Node{...} does not escape
linkedlist.go:242:7: &Node{...} does not escape
linkedlist.go:243:8: &Node{...} does not escape
linkedlist.go:245:13: ... argument does not escape
linkedlist.go:245:20: b.Next.Val escapes to heap
linkedlist.go:245:33: c2.Next.Val escapes to heap
linkedlist.go:245:46: b.Next == c2.Next escapes to heap
linkedlist.go:248:13: ... argument does not escape
linkedlist.go:248:15: b.Val escapes to heap
linkedlist.go:248:23: cp.Val escapes to heap
linkedlist.go:248:37: cp.Next == a escapes to heap
linkedlist.go:249:13: ... argument does not escape
linkedlist.go:249:14: *a escapes to heap
