scope.go:25:12: leaking param: name
scope.go:26:13: ... argument does not escape
scope.go:26:14: "  evaluated" escapes to heap
scope.go:26:14: name escapes to heap
scope.go:31:13: ... argument does not escape
scope.go:31:13: counter escapes to heap
scope.go:31:13: flag escapes to heap
scope.go:31:13: initial escapes to heap
scope.go:31:13: label escapes to heap
scope.go:31:13: ratio escapes to heap
scope.go:36:14: ... argument does not escape
scope.go:36:15: "inner x" escapes to heap
scope.go:36:15: x escapes to heap
scope.go:38:13: ... argument does not escape
scope.go:38:14: "outer x" escapes to heap
scope.go:38:14: x escapes to heap
scope.go:40:14: ... argument does not escape
scope.go:40:15: "if-init x" escapes to heap
scope.go:40:15: x escapes to heap
scope.go:42:14: ... argument does not escape
scope.go:42:15: "unreachable" escapes to heap
scope.go:42:15: y escapes to heap
scope.go:44:14: ... argument does not escape
scope.go:44:15: "unreachable too" escapes to heap
scope.go:48:15: ... argument does not escape
scope.go:48:15: i escapes to heap
scope.go:48:19: "zero" escapes to heap
scope.go:50:15: ... argument does not escape
scope.go:50:15: i escapes to heap
scope.go:50:19: "three" escapes to heap
scope.go:52:15: ... argument does not escape
scope.go:52:15: i escapes to heap
scope.go:52:19: "other" escapes to heap
scope.go:52:19: v escapes to heap
scope.go:56:13: ... argument does not escape
scope.go:56:13: label escapes to heap
scope.go:57:13: ... argument does not escape
scope.go:57:18: bump() escapes to heap
scope.go:57:26: bump() escapes to heap
scope.go:58:13: ... argument does not escape
scope.go:58:13: counter escapes to heap
scope.go:60:13: ... argument does not escape
scope.go:60:14: "and:" escapes to heap
scope.go:62:13: ... argument does not escape
scope.go:62:13: r escapes to heap
scope.go:63:13: ... argument does not escape
scope.go:63:14: "or:" escapes to heap
scope.go:65:13: ... argument does not escape
scope.go:65:13: r escapes to heap
scope.go:66:13: ... argument does not escape
scope.go:66:14: "mixed:" escapes to heap
scope.go:68:13: ... argument does not escape
scope.go:68:13: r escapes to heap
scope.go:68:17: !r escapes to heap
scope.go:68:21: ! (!r) escapes to heap
scope.go:84:13: ... argument does not escape
scope.go:84:14: "n =" escapes to heap
scope.go:84:14: n escapes to heap
scope.go:88:13: ... argument does not escape
scope.go:88:14: "f =" escapes to heap
scope.go:88:14: f escapes to heap
scope.go:91:13: ... argument does not escape
scope.go:91:13: a escapes to heap
scope.go:91:13: b escapes to heap
scope.go:91:13: c escapes to heap
scope.go:91:30: a == 3 && b == 1 escapes to heap
scope.go:91:43: a != b escapes to heap
scope.go:91:51: a >= c escapes to heap
scope.go:91:59: b <= c escapes to heap
scope.go:96:13: ... argument does not escape
scope.go:96:13: zi escapes to heap
scope.go:96:21: zb escapes to heap
scope.go:96:21: zf escapes to heap
scope.go:96:21: zs == "" escapes to heap
scope.go:97:12: ... argument does not escape
scope.go:97:13: zb escapes to heap
scope.go:97:13: zf escapes to heap
scope.go:97:13: zi escapes to heap
scope.go:97:13: zs escapes to heap
