iface_values.go:17:11: leaking param: v
iface_values.go:17:39: ... argument does not escape
iface_values.go:19:42: 42 escapes to heap
iface_values.go:23:11: P{...} escapes to heap
iface_values.go:30:14: leaking param content: vs
iface_values.go:30:63: fmt.Sprint(vs...) + ";" escapes to heap
iface_values.go:33:6: 5 escapes to heap
iface_values.go:34:13: ... argument does not escape
iface_values.go:35:2: "str" escapes to heap
iface_values.go:36:13: ... argument does not escape
iface_values.go:37:7: 3.5 escapes to heap
iface_values.go:38:8: P{...} escapes to heap
iface_values.go:40:13: ... argument does not escape
iface_values.go:41:21: []interface {}{...} escapes to heap
iface_values.go:41:22: 1 escapes to heap
iface_values.go:41:25: "two" escapes to heap
iface_values.go:41:33: P{...} escapes to heap
iface_values.go:43:13: ... argument does not escape
iface_values.go:43:13: xs escapes to heap
iface_values.go:44:24: true escapes to heap
iface_values.go:44:30: 'x' escapes to heap
iface_values.go:45:13: ... argument does not escape
iface_values.go:45:13: arr escapes to heap
iface_values.go:47:2: 9 escapes to heap
iface_values.go:48:13: ... argument does not escape
iface_values.go:49:32: 8 escapes to heap
iface_values.go:50:13: ... argument does not escape
iface_values.go:52:16: ... argument does not escape
iface_values.go:52:16: i escapes to heap
iface_values.go:52:20: "d" escapes to heap
iface_values.go:53:10: ... argument does not escape
iface_values.go:53:10: i escapes to heap
iface_values.go:55:13: ... argument does not escape
iface_values.go:55:13: result escapes to heap
iface_values.go:57:6: 5 does not escape
iface_values.go:58:13: ... argument does not escape
iface_values.go:58:16: n == 5 escapes to heap
iface_values.go:58:24: n == nil escapes to heap
iface_values.go:58:34: n != "x" escapes to heap
iface_values.go:58:44: 5 == n escapes to heap
iface_values.go:59:13: ... argument does not escape
iface_values.go:59:25: pick(true) == P{...} escapes to heap
iface_values.go:59:49: pick(false) == nil escapes to heap
iface_values.go:59:68: pick(true) != nil escapes to heap
iface_values.go:62:14: ... argument does not escape
iface_values.go:62:15: "four" escapes to heap
iface_values.go:64:14: ... argument does not escape
iface_values.go:64:15: "five" escapes to heap
iface_values.go:66:12: make([]interface {}, 0) escapes to heap
iface_values.go:67:31: "a" escapes to heap
iface_values.go:67:31: 1 escapes to heap
iface_values.go:67:31: 2.5 escapes to heap
iface_values.go:68:13: ... argument does not escape
iface_values.go:68:17: len(ys) escapes to heap
iface_values.go:68:17: ys escapes to heap
iface_values.go:69:12: ... argument does not escape
iface_values.go:70:21: "x" does not escape
iface_values.go:70:32: "x" does not escape
iface_values.go:70:43: 2 does not escape
iface_values.go:71:13: ... argument does not escape
iface_values.go:71:17: s1 == s2 escapes to heap
iface_values.go:71:27: s1 == s3 escapes to heap
iface_values.go:71:37: s1 != s3 escapes to heap
iface_values.go:72:6: 3 does not escape
iface_values.go:72:6: 3.0 does not escape
iface_values.go:73:13: ... argument does not escape
iface_values.go:73:17: e1 == e2 escapes to heap
iface_values.go:75:13: ... argument does not escape
iface_values.go:75:17: p1 == p2 escapes to heap
iface_values.go:76:19: ... argument does not escape
iface_values.go:76:20: "deferred calls run before the panic is reported" escapes to heap
iface_values.go:77:30: []int{...} does not escape
iface_values.go:77:40: []int{...} does not escape
iface_values.go:78:13: ... argument does not escape
iface_values.go:78:16: u == v escapes to heap
