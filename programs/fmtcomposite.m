fmtcomposite.go:29:2: moved to heap: p
fmtcomposite.go:30:13: ... argument does not escape
fmtcomposite.go:30:13: p escapes to heap
fmtcomposite.go:30:28: []Point{...} escapes to heap
fmtcomposite.go:30:49: [2]Point{} escapes to heap
fmtcomposite.go:31:12: ... argument does not escape
fmtcomposite.go:31:13: p escapes to heap
fmtcomposite.go:32:12: ... argument does not escape
fmtcomposite.go:32:13: p escapes to heap
fmtcomposite.go:32:38: Point{...} escapes to heap
fmtcomposite.go:32:38: p escapes to heap
fmtcomposite.go:33:12: ... argument does not escape
fmtcomposite.go:33:13: p escapes to heap
fmtcomposite.go:34:11: ... argument does not escape
fmtcomposite.go:34:11: p escapes to heap
fmtcomposite.go:34:19: "\n" escapes to heap
fmtcomposite.go:35:13: ... argument does not escape
fmtcomposite.go:35:24: ... argument does not escape
fmtcomposite.go:35:24: fmt.Sprint(... argument...) escapes to heap
fmtcomposite.go:35:24: p escapes to heap
fmtcomposite.go:35:40: ... argument does not escape
fmtcomposite.go:35:40: fmt.Sprintf("%+v", ... argument...) escapes to heap
fmtcomposite.go:35:48: &Line{...} escapes to heap
fmtcomposite.go:37:2: moved to heap: l
fmtcomposite.go:38:13: ... argument does not escape
fmtcomposite.go:38:13: l escapes to heap
fmtcomposite.go:39:12: ... argument does not escape
fmtcomposite.go:39:13: l escapes to heap
fmtcomposite.go:42:15: make([]int, 0) escapes to heap
fmtcomposite.go:43:13: ... argument does not escape
fmtcomposite.go:43:13: empty escapes to heap
fmtcomposite.go:43:13: nilSlice escapes to heap
fmtcomposite.go:43:39: []string{} escapes to heap
fmtcomposite.go:43:49: [0]int{} escapes to heap
fmtcomposite.go:44:12: ... argument does not escape
fmtcomposite.go:44:13: empty escapes to heap
fmtcomposite.go:44:13: nilSlice escapes to heap
fmtcomposite.go:44:66: []string{...} escapes to heap
fmtcomposite.go:49:13: ... argument does not escape
fmtcomposite.go:50:12: ... argument does not escape
fmtcomposite.go:52:2: moved to heap: it
fmtcomposite.go:52:63: []string{...} escapes to heap
fmtcomposite.go:53:13: ... argument does not escape
fmtcomposite.go:53:13: it escapes to heap
fmtcomposite.go:54:12: ... argument does not escape
fmtcomposite.go:54:13: it escapes to heap
fmtcomposite.go:55:13: ... argument does not escape
fmtcomposite.go:56:12: ... argument does not escape
fmtcomposite.go:56:27: []Item{...} escapes to heap
fmtcomposite.go:58:2: moved to heap: arr
fmtcomposite.go:59:2: moved to heap: sl
fmtcomposite.go:59:13: []int{...} escapes to heap
fmtcomposite.go:60:13: ... argument does not escape
fmtcomposite.go:60:13: arr escapes to heap
fmtcomposite.go:60:19: sl escapes to heap
fmtcomposite.go:61:12: ... argument does not escape
fmtcomposite.go:61:36: arr escapes to heap
fmtcomposite.go:61:36: sl escapes to heap
