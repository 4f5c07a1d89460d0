labels.go:16:13: ... argument does not escape
labels.go:16:14: "(" escapes to heap
labels.go:16:14: i escapes to heap
labels.go:16:22: "," escapes to heap
labels.go:16:22: j escapes to heap
labels.go:16:30: ") " escapes to heap
labels.go:28:17: ... argument does not escape
labels.go:28:18: "triple:" escapes to heap
labels.go:28:18: a escapes to heap
labels.go:28:18: b escapes to heap
labels.go:28:18: c escapes to heap
labels.go:35:13: ... argument does not escape
labels.go:35:14: "found:" escapes to heap
labels.go:35:14: found escapes to heap
labels.go:41:12: ... argument does not escape
labels.go:41:13: "goto " escapes to heap
labels.go:41:13: n escapes to heap
labels.go:41:25: "; " escapes to heap
labels.go:52:13: ... argument does not escape
labels.go:52:14: "skipped" escapes to heap
labels.go:54:13: ... argument does not escape
labels.go:54:14: "done, k =" escapes to heap
labels.go:54:14: k escapes to heap
labels.go:64:15: ... argument does not escape
labels.go:64:15: i escapes to heap
labels.go:64:19: "even" escapes to heap
labels.go:66:15: ... argument does not escape
labels.go:66:15: i escapes to heap
labels.go:66:19: "odd" escapes to heap
labels.go:70:13: ... argument does not escape
labels.go:70:14: "after L, i =" escapes to heap
labels.go:70:14: i escapes to heap
labels.go:77:13: ... argument does not escape
labels.go:77:14: "x =" escapes to heap
labels.go:77:14: x escapes to heap
labels.go:85:13: ... argument does not escape
labels.go:85:14: "steps =" escapes to heap
labels.go:85:14: steps escapes to heap
labels.go:98:13: ... argument does not escape
labels.go:98:14: "total =" escapes to heap
labels.go:98:14: total escapes to heap
