go_workerpool.go:31:13: jobs does not escape
go_workerpool.go:31:30: results does not escape
go_workerpool.go:31:53: leaking param: wg
go_workerpool.go:31:73: done does not escape
go_workerpool.go:39:18: rs does not escape
go_workerpool.go:44:12: sortResults ignoring self-assignment in rs[k + 1] = rs[k]
go_workerpool.go:56:6: moved to heap: wg
go_workerpool.go:57:14: make([]int, nWorkers) escapes to heap
go_workerpool.go:62:5: func literal escapes to heap
go_workerpool.go:68:5: func literal escapes to heap
go_workerpool.go:79:13: ... argument does not escape
go_workerpool.go:79:14: "results:" escapes to heap
go_workerpool.go:79:29: len(all) escapes to heap
go_workerpool.go:79:36: "sum:" escapes to heap
go_workerpool.go:79:36: sum escapes to heap
go_workerpool.go:81:13: ... argument does not escape
go_workerpool.go:81:44: all[i].id escapes to heap
go_workerpool.go:81:55: all[i].value escapes to heap
go_workerpool.go:89:13: ... argument does not escape
go_workerpool.go:89:14: "longest:" escapes to heap
go_workerpool.go:89:33: best.id + 1 escapes to heap
go_workerpool.go:89:41: best.value escapes to heap
go_workerpool.go:94:13: ... argument does not escape
go_workerpool.go:94:14: "jobs done by workers:" escapes to heap
go_workerpool.go:94:14: total escapes to heap
go_workerpool.go:97:6: moved to heap: mu
go_workerpool.go:98:2: moved to heap: acc
go_workerpool.go:101:6: func literal escapes to heap
go_workerpool.go:111:13: ... argument does not escape
go_workerpool.go:111:14: "sum of squares below 1000:" escapes to heap
go_workerpool.go:111:14: acc escapes to heap
