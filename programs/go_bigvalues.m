go_bigvalues.go:17:21: ... argument does not escape
go_bigvalues.go:17:22: "item-" escapes to heap
go_bigvalues.go:17:22: id escapes to heap
go_bigvalues.go:21:12: b does not escape
go_bigvalues.go:33:22: c does not escape
go_bigvalues.go:33:36: out does not escape
go_bigvalues.go:53:5: func literal escapes to heap
go_bigvalues.go:63:13: ... argument does not escape
go_bigvalues.go:63:14: "total:" escapes to heap
go_bigvalues.go:63:14: total escapes to heap
go_bigvalues.go:75:12: ... argument does not escape
go_bigvalues.go:75:14: x[0] escapes to heap
go_bigvalues.go:75:20: x[1] escapes to heap
go_bigvalues.go:75:26: x[2] escapes to heap
go_bigvalues.go:75:32: x[3] escapes to heap
go_bigvalues.go:75:37: " " escapes to heap
go_bigvalues.go:84:14: ... argument does not escape
go_bigvalues.go:84:15: "full?" escapes to heap
go_bigvalues.go:88:14: ... argument does not escape
go_bigvalues.go:88:16: b.name escapes to heap
go_bigvalues.go:88:16: ok escapes to heap
go_bigvalues.go:88:32: check(b) escapes to heap
go_bigvalues.go:90:14: ... argument does not escape
go_bigvalues.go:90:15: "empty?" escapes to heap
go_bigvalues.go:95:5: func literal escapes to heap
go_bigvalues.go:96:12: make([]int, 0) escapes to heap
go_bigvalues.go:103:13: ... argument does not escape
go_bigvalues.go:103:13: got escapes to heap
go_bigvalues.go:103:22: len(got) escapes to heap
