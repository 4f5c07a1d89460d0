method_values.go:16:7: c does not escape
method_values.go:21:7: c does not escape
method_values.go:21:27: prefix does not escape
method_values.go:22:16: prefix + c.name escapes to heap
method_values.go:32:7: a does not escape
method_values.go:34:12: f does not escape
method_values.go:34:29: xs does not escape
method_values.go:42:11: xs does not escape
method_values.go:42:21: put does not escape
method_values.go:51:8: &Counter{...} escapes to heap
method_values.go:51:33: ... argument does not escape
method_values.go:51:34: "c" escapes to heap
method_values.go:51:34: i escapes to heap
method_values.go:52:20: c.Add escapes to heap
method_values.go:58:7: &Counter{...} does not escape
method_values.go:59:10: c.Add does not escape
method_values.go:61:13: ... argument does not escape
method_values.go:61:19: ... argument does not escape
method_values.go:61:19: apply(add, ... argument...) escapes to heap
method_values.go:61:36: c.n escapes to heap
method_values.go:65:11: v.Describe does not escape
method_values.go:68:13: ... argument does not escape
method_values.go:68:13: .autotmp_4 escapes to heap
method_values.go:68:13: .autotmp_5 escapes to heap
method_values.go:69:14: c.Describe does not escape
method_values.go:71:13: ... argument does not escape
method_values.go:71:13: .autotmp_7 escapes to heap
method_values.go:71:13: .autotmp_8 escapes to heap
method_values.go:74:23: &Counter{...} does not escape
method_values.go:75:11: nm.Counter.Add does not escape
method_values.go:77:13: ... argument does not escape
method_values.go:77:16: nm.Counter.n escapes to heap
method_values.go:77:30: nm.Counter.n escapes to heap
method_values.go:81:12: []int{...} does not escape
method_values.go:81:27: a.Put does not escape
method_values.go:82:13: ... argument does not escape
method_values.go:82:15: a.sum escapes to heap
method_values.go:84:14: ... argument does not escape
method_values.go:84:16: f(1) escapes to heap
method_values.go:88:6: moved to heap: wg
method_values.go:89:6: moved to heap: mu
method_values.go:90:11: &Acc{} escapes to heap
method_values.go:91:14: total.Put escapes to heap
method_values.go:94:6: func literal escapes to heap
method_values.go:102:13: ... argument does not escape
method_values.go:102:19: total.sum escapes to heap
method_values.go:105:11: nilc.Add does not escape
method_values.go:106:13: ... argument does not escape
method_values.go:106:16: f != nil escapes to heap
