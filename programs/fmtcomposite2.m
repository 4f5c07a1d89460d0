fmtcomposite2.go:30:13: []int{...} escapes to heap
fmtcomposite2.go:31:17: [][]int{...} escapes to heap
fmtcomposite2.go:31:18: []int{...} escapes to heap
fmtcomposite2.go:31:26: []int{} escapes to heap
fmtcomposite2.go:31:35: []int{...} escapes to heap
fmtcomposite2.go:32:13: ... argument does not escape
fmtcomposite2.go:32:13: grid escapes to heap
fmtcomposite2.go:32:23: len(grid) escapes to heap
fmtcomposite2.go:33:2: moved to heap: bytes
fmtcomposite2.go:33:17: ([]byte)("hey") escapes to heap
fmtcomposite2.go:34:13: ... argument does not escape
fmtcomposite2.go:34:13: bytes escapes to heap
fmtcomposite2.go:35:12: ... argument does not escape
fmtcomposite2.go:35:13: bytes escapes to heap
fmtcomposite2.go:37:13: ... argument does not escape
fmtcomposite2.go:37:21: Celsius(36.6) escapes to heap
fmtcomposite2.go:37:34: Names{...} escapes to heap
fmtcomposite2.go:37:50: Pair{...} escapes to heap
fmtcomposite2.go:38:12: ... argument does not escape
fmtcomposite2.go:38:39: Celsius(-1) escapes to heap
fmtcomposite2.go:38:52: Celsius(2) escapes to heap
fmtcomposite2.go:38:62: Names(nil) escapes to heap
fmtcomposite2.go:38:73: Pair{} escapes to heap
fmtcomposite2.go:40:21: []float64{...} escapes to heap
fmtcomposite2.go:41:13: ... argument does not escape
fmtcomposite2.go:41:13: floats escapes to heap
fmtcomposite2.go:42:12: ... argument does not escape
fmtcomposite2.go:42:13: floats escapes to heap
fmtcomposite2.go:42:54: floats[:2] escapes to heap
fmtcomposite2.go:42:66: floats[:2] escapes to heap
fmtcomposite2.go:44:13: ... argument does not escape
fmtcomposite2.go:44:13: bools escapes to heap
fmtcomposite2.go:44:27: []rune{...} escapes to heap
fmtcomposite2.go:44:43: []int8{...} escapes to heap
fmtcomposite2.go:44:58: []uint{...} escapes to heap
fmtcomposite2.go:46:13: ... argument does not escape
fmtcomposite2.go:46:13: strs escapes to heap
fmtcomposite2.go:46:23: len(strs[0]) escapes to heap
fmtcomposite2.go:47:12: ... argument does not escape
fmtcomposite2.go:47:13: strs escapes to heap
fmtcomposite2.go:52:3: []struct { K string; V int }{...} escapes to heap
fmtcomposite2.go:53:13: ... argument does not escape
fmtcomposite2.go:53:13: anon escapes to heap
fmtcomposite2.go:54:12: ... argument does not escape
fmtcomposite2.go:54:13: anon escapes to heap
fmtcomposite2.go:62:13: ... argument does not escape
fmtcomposite2.go:62:13: nested escapes to heap
fmtcomposite2.go:63:12: ... argument does not escape
fmtcomposite2.go:63:13: nested escapes to heap
fmtcomposite2.go:65:19: ... argument does not escape
fmtcomposite2.go:65:19: p escapes to heap
fmtcomposite2.go:65:23: "x" escapes to heap
fmtcomposite2.go:65:28: 3 escapes to heap
fmtcomposite2.go:65:28: sl escapes to heap
fmtcomposite2.go:66:11: ... argument does not escape
fmtcomposite2.go:66:11: s escapes to heap
fmtcomposite2.go:67:11: ... argument does not escape
fmtcomposite2.go:67:15: len(s) escapes to heap
fmtcomposite2.go:67:20: "\n" escapes to heap
fmtcomposite2.go:68:12: ... argument does not escape
fmtcomposite2.go:68:39: []int{...} escapes to heap
fmtcomposite2.go:68:53: []int{...} escapes to heap
fmtcomposite2.go:68:67: []int{...} escapes to heap
fmtcomposite2.go:68:77: Point{...} escapes to heap
