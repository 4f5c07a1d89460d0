pointers.go:9:11: a does not escape
pointers.go:9:14: b does not escape
pointers.go:13:11: p does not escape
pointers.go:17:15: p does not escape
pointers.go:23:10: new(int) escapes to heap
pointers.go:28:11: moved to heap: v
pointers.go:35:13: ... argument does not escape
pointers.go:35:14: "swap:" escapes to heap
pointers.go:35:14: x escapes to heap
pointers.go:35:14: y escapes to heap
pointers.go:39:13: ... argument does not escape
pointers.go:39:14: "through p:" escapes to heap
pointers.go:39:14: x escapes to heap
pointers.go:39:31: *p escapes to heap
pointers.go:42:13: ... argument does not escape
pointers.go:42:14: "incremented:" escapes to heap
pointers.go:42:14: x escapes to heap
pointers.go:46:13: ... argument does not escape
pointers.go:46:14: "p == q:" escapes to heap
pointers.go:46:27: p == q escapes to heap
pointers.go:46:33: "p == r:" escapes to heap
pointers.go:46:46: p == r escapes to heap
pointers.go:46:52: "p != r:" escapes to heap
pointers.go:46:65: p != r escapes to heap
pointers.go:49:13: ... argument does not escape
pointers.go:49:14: "nil pointer:" escapes to heap
pointers.go:49:33: np == nil escapes to heap
pointers.go:49:47: p != nil escapes to heap
pointers.go:53:13: ... argument does not escape
pointers.go:53:14: "double pointer:" escapes to heap
pointers.go:53:14: x escapes to heap
pointers.go:53:41: *(*pp) == *p escapes to heap
pointers.go:55:10: new(int) does not escape
pointers.go:56:13: ... argument does not escape
pointers.go:56:14: "new(int):" escapes to heap
pointers.go:56:27: *n escapes to heap
pointers.go:58:13: ... argument does not escape
pointers.go:58:14: "after +=:" escapes to heap
pointers.go:58:27: *n escapes to heap
pointers.go:62:13: ... argument does not escape
pointers.go:62:14: "distinct allocations:" escapes to heap
pointers.go:62:41: a == b escapes to heap
pointers.go:62:50: *a == *b escapes to heap
pointers.go:67:13: ... argument does not escape
pointers.go:67:14: "escaped params:" escapes to heap
pointers.go:67:33: *c escapes to heap
pointers.go:67:37: *d escapes to heap
pointers.go:67:43: c == d escapes to heap
pointers.go:74:13: ... argument does not escape
pointers.go:74:14: "field pointers:" escapes to heap
pointers.go:74:14: pt escapes to heap
pointers.go:76:13: ... argument does not escape
pointers.go:76:14: "setPoint:" escapes to heap
pointers.go:76:14: pt escapes to heap
pointers.go:76:33: pt.X escapes to heap
pointers.go:76:39: pt.Y escapes to heap
pointers.go:83:13: ... argument does not escape
pointers.go:83:14: "element pointers:" escapes to heap
pointers.go:83:14: arr escapes to heap
pointers.go:83:43: len(ap) escapes to heap
pointers.go:85:12: []int{...} escapes to heap
pointers.go:88:13: ... argument does not escape
pointers.go:88:14: "slice element pointer:" escapes to heap
pointers.go:88:14: s escapes to heap
pointers.go:90:12: new(Point) does not escape
pointers.go:92:13: ... argument does not escape
pointers.go:92:14: "new(Point):" escapes to heap
pointers.go:92:29: *np2 escapes to heap
pointers.go:92:38: np2.Y escapes to heap
pointers.go:100:13: ... argument does not escape
pointers.go:100:14: "array of structs via pointers:" escapes to heap
pointers.go:100:14: pts escapes to heap
pointers.go:103:16: []*int{...} does not escape
pointers.go:112:13: ... argument does not escape
pointers.go:112:14: "equal pairs:" escapes to heap
pointers.go:112:14: same escapes to heap
pointers.go:115:15: []int{...} escapes to heap
pointers.go:123:13: ... argument does not escape
pointers.go:123:14: "via refs:" escapes to heap
pointers.go:123:14: vals escapes to heap
pointers.go:125:20: new(bool) does not escape
pointers.go:127:11: new(float64) does not escape
pointers.go:129:13: new(string) does not escape
pointers.go:131:13: ... argument does not escape
pointers.go:131:14: *bp escapes to heap
pointers.go:131:19: *fp escapes to heap
pointers.go:131:24: *sptr escapes to heap
pointers.go:131:34: len(*sptr) escapes to heap
