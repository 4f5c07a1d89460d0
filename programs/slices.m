slices.go:7:10: s does not escape
slices.go:15:11: s does not escape
slices.go:21:16: leaking param: s to result ~r0 level=0
slices.go:28:13: ... argument does not escape
slices.go:28:13: ns escapes to heap
slices.go:28:21: len(ns) escapes to heap
slices.go:28:30: cap(ns) escapes to heap
slices.go:28:39: ns == nil escapes to heap
slices.go:29:13: []int{} escapes to heap
slices.go:30:13: ... argument does not escape
slices.go:30:13: es escapes to heap
slices.go:30:21: len(es) escapes to heap
slices.go:30:30: cap(es) escapes to heap
slices.go:30:39: es == nil escapes to heap
slices.go:33:11: make([]int, 3) escapes to heap
slices.go:34:12: make([]int, 2, 10) escapes to heap
slices.go:35:13: ... argument does not escape
slices.go:35:13: m escapes to heap
slices.go:35:20: len(m) escapes to heap
slices.go:35:28: cap(m) escapes to heap
slices.go:35:28: m2 escapes to heap
slices.go:35:40: len(m2) escapes to heap
slices.go:35:49: cap(m2) escapes to heap
slices.go:38:14: []int{...} escapes to heap
slices.go:39:18: []string{...} escapes to heap
slices.go:40:13: ... argument does not escape
slices.go:40:13: lit escapes to heap
slices.go:40:13: strs escapes to heap
slices.go:40:28: len(strs[2]) escapes to heap
slices.go:41:16: []int{...} escapes to heap
slices.go:42:13: ... argument does not escape
slices.go:42:13: keyed escapes to heap
slices.go:42:24: len(keyed) escapes to heap
slices.go:50:13: ... argument does not escape
slices.go:50:17: cap(g) escapes to heap
slices.go:50:22: " " escapes to heap
slices.go:60:13: ... argument does not escape
slices.go:60:17: cap(gb) escapes to heap
slices.go:60:23: " " escapes to heap
slices.go:70:13: ... argument does not escape
slices.go:70:17: cap(gp) escapes to heap
slices.go:70:23: " " escapes to heap
slices.go:80:13: ... argument does not escape
slices.go:80:17: cap(gs) escapes to heap
slices.go:80:23: " " escapes to heap
slices.go:90:13: ... argument does not escape
slices.go:90:17: cap(g32) escapes to heap
slices.go:90:24: " " escapes to heap
slices.go:97:12: []int{...} escapes to heap
slices.go:99:13: ... argument does not escape
slices.go:99:13: x escapes to heap
slices.go:99:20: len(x) escapes to heap
slices.go:99:28: cap(x) escapes to heap
slices.go:101:13: ... argument does not escape
slices.go:101:13: y escapes to heap
slices.go:101:20: len(y) escapes to heap
slices.go:101:28: cap(y) escapes to heap
slices.go:103:13: ... argument does not escape
slices.go:103:13: z escapes to heap
slices.go:103:20: len(z) escapes to heap
slices.go:103:28: cap(z) escapes to heap
slices.go:104:20: ([]byte)("hi") does not escape
slices.go:105:13: ... argument does not escape
slices.go:105:20: string(w) escapes to heap
slices.go:105:28: len(w) escapes to heap
slices.go:105:36: cap(w) escapes to heap
slices.go:108:14: make([]int, 3, 4) escapes to heap
slices.go:111:13: ... argument does not escape
slices.go:111:13: a1 escapes to heap
slices.go:111:13: a2 escapes to heap
slices.go:111:25: len(base) escapes to heap
slices.go:111:36: cap(base) escapes to heap
slices.go:114:13: ... argument does not escape
slices.go:114:13: a1 escapes to heap
slices.go:114:13: a3 escapes to heap
slices.go:114:25: cap(a3) escapes to heap
slices.go:118:13: ... argument does not escape
slices.go:118:13: m escapes to heap
slices.go:118:20: sum(m) escapes to heap
slices.go:121:13: ... argument does not escape
slices.go:121:13: grown escapes to heap
slices.go:121:13: m escapes to heap
slices.go:124:14: []int{...} escapes to heap
slices.go:125:13: make([]int, 3) escapes to heap
slices.go:127:13: ... argument does not escape
slices.go:127:13: dst escapes to heap
slices.go:127:13: n escapes to heap
slices.go:129:13: ... argument does not escape
slices.go:129:13: n escapes to heap
slices.go:129:13: src escapes to heap
slices.go:130:12: make([]byte, 5) escapes to heap
slices.go:132:13: ... argument does not escape
slices.go:132:13: bs escapes to heap
slices.go:132:13: n escapes to heap
slices.go:132:27: string(bs) escapes to heap
slices.go:135:12: []int{...} escapes to heap
slices.go:137:13: ... argument does not escape
slices.go:137:13: t escapes to heap
slices.go:137:20: len(t) escapes to heap
slices.go:137:28: cap(t) escapes to heap
slices.go:139:13: ... argument does not escape
slices.go:139:13: t escapes to heap
slices.go:139:20: len(t) escapes to heap
slices.go:141:13: ... argument does not escape
slices.go:141:13: u escapes to heap
slices.go:141:20: len(u) escapes to heap
slices.go:141:28: cap(u) escapes to heap
slices.go:143:13: ... argument does not escape
slices.go:143:13: s escapes to heap
slices.go:145:13: ... argument does not escape
slices.go:145:13: s escapes to heap
slices.go:145:13: u escapes to heap
slices.go:146:13: ... argument does not escape
slices.go:146:15: s[:0] escapes to heap
slices.go:146:22: s[10:] escapes to heap
slices.go:146:30: s[:] escapes to heap
slices.go:146:40: s[5:][1:3] escapes to heap
slices.go:153:13: ... argument does not escape
slices.go:153:13: s escapes to heap
slices.go:153:13: v escapes to heap
slices.go:157:12: ... argument does not escape
slices.go:157:12: i escapes to heap
slices.go:161:12: ... argument does not escape
slices.go:161:12: i escapes to heap
slices.go:161:16: "=" escapes to heap
slices.go:161:16: str escapes to heap
slices.go:161:26: " " escapes to heap
slices.go:168:13: ... argument does not escape
slices.go:168:13: cnt escapes to heap
slices.go:171:14: make([][]int, 4) escapes to heap
slices.go:173:17: make([]int, i + 1) escapes to heap
slices.go:178:13: ... argument does not escape
slices.go:178:13: grid escapes to heap
slices.go:178:23: len(grid[3]) escapes to heap
slices.go:183:13: ... argument does not escape
slices.go:183:18: grid[3] escapes to heap
slices.go:186:15: []string{...} escapes to heap
slices.go:188:14: main ignoring self-assignment in r[i], r[j] = r[j], r[i]
slices.go:190:13: ... argument does not escape
slices.go:190:13: r escapes to heap
slices.go:200:12: ... argument does not escape
slices.go:200:12: top escapes to heap
slices.go:200:18: " " escapes to heap
slices.go:202:13: ... argument does not escape
slices.go:202:17: len(stack) escapes to heap
slices.go:202:29: cap(stack) escapes to heap
slices.go:205:12: ... argument does not escape
slices.go:205:13: lit escapes to heap
slices.go:205:46: ([]byte)("az") escapes to heap
slices.go:205:46: strs escapes to heap
slices.go:206:12: ... argument does not escape
slices.go:206:31: []Point{...} escapes to heap
slices.go:206:47: []*int{...} escapes to heap
slices.go:207:12: ... argument does not escape
slices.go:207:29: []Point{...} escapes to heap
