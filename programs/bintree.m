bintree.go:12:13: leaking param: t
bintree.go:14:10: &Tree{...} escapes to heap
bintree.go:27:17: root does not escape
bintree.go:41:10: &Tree{...} escapes to heap
bintree.go:44:11: leaking param: t
bintree.go:44:20: visit does not escape
bintree.go:53:14: t does not escape
bintree.go:53:23: leaking param content: out
bintree.go:61:13: t does not escape
bintree.go:72:11: t does not escape
bintree.go:79:11: leaking param: t to result ~r0 level=0
bintree.go:90:10: leaking param: t to result ~r0 level=0
bintree.go:97:13: leaking param: t
bintree.go:120:13: leaking param content: t
bintree.go:122:18: []*Tree{...} does not escape
bintree.go:141:13: t does not escape
bintree.go:145:9: &Tree{...} escapes to heap
bintree.go:148:12: a does not escape
bintree.go:148:15: b does not escape
bintree.go:155:15: keys does not escape
bintree.go:160:9: &Tree{...} escapes to heap
bintree.go:163:11: t does not escape
bintree.go:168:20: ... argument does not escape
bintree.go:168:22: t.Key escapes to heap
bintree.go:170:46: ... argument does not escape
bintree.go:170:48: t.Key escapes to heap
bintree.go:170:76: "(" + show(t.Left) + " " + fmt.Sprint(... argument...) + " " + show(t.Right) + ")" escapes to heap
bintree.go:175:25: []int{...} does not escape
bintree.go:178:13: ... argument does not escape
bintree.go:178:18: show(root) escapes to heap
bintree.go:181:13: ... argument does not escape
bintree.go:181:13: keys escapes to heap
bintree.go:181:24: size(root) escapes to heap
bintree.go:181:38: height(root) escapes to heap
bintree.go:182:13: func literal does not escape
bintree.go:182:18: t does not escape
bintree.go:184:13: ... argument does not escape
bintree.go:184:15: t.Key escapes to heap
bintree.go:184:21: "x" escapes to heap
bintree.go:184:27: t.Count escapes to heap
bintree.go:184:35: " " escapes to heap
bintree.go:188:13: ... argument does not escape
bintree.go:188:20: levels(root) escapes to heap
bintree.go:189:13: ... argument does not escape
bintree.go:189:29: find(root, 65) != nil escapes to heap
bintree.go:189:52: find(root, 66) == nil escapes to heap
bintree.go:189:74: find(root, 40).Key escapes to heap
bintree.go:190:13: ... argument does not escape
bintree.go:190:14: *find(root, 80) escapes to heap
bintree.go:193:13: ... argument does not escape
bintree.go:193:18: show(m) escapes to heap
bintree.go:193:28: equal(root, m) escapes to heap
bintree.go:193:44: equal(mirror(m), root) escapes to heap
bintree.go:198:13: ... argument does not escape
bintree.go:198:18: show(root) escapes to heap
bintree.go:198:30: size(root) escapes to heap
bintree.go:208:12: func literal does not escape
bintree.go:208:17: t does not escape
bintree.go:218:13: ... argument does not escape
bintree.go:218:13: total escapes to heap
bintree.go:218:25: dups escapes to heap
bintree.go:218:25: ordered escapes to heap
bintree.go:218:25: size(big) escapes to heap
bintree.go:218:53: height(big) escapes to heap
bintree.go:226:13: ... argument does not escape
bintree.go:226:18: size(b) escapes to heap
bintree.go:226:29: height(b) escapes to heap
bintree.go:226:35: b.Key escapes to heap
bintree.go:226:47: min(b).Key escapes to heap
bintree.go:226:56: len(levels(b)) escapes to heap
bintree.go:226:78: levels(b)[2] escapes to heap
