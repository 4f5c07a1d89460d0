go_rwmutex.go:18:7: leaking param: s
go_rwmutex.go:24:7: leaking param: s
go_rwmutex.go:31:6: moved to heap: mu
go_rwmutex.go:35:5: func literal escapes to heap
go_rwmutex.go:42:5: func literal escapes to heap
go_rwmutex.go:50:13: ... argument does not escape
go_rwmutex.go:50:17: r1 != r2 escapes to heap
go_rwmutex.go:55:5: func literal escapes to heap
go_rwmutex.go:62:14: ... argument does not escape
go_rwmutex.go:62:15: "writer got in while read-locked" escapes to heap
go_rwmutex.go:64:14: ... argument does not escape
go_rwmutex.go:64:15: "writer waits" escapes to heap
go_rwmutex.go:67:13: ... argument does not escape
go_rwmutex.go:67:14: <-wrote escapes to heap
go_rwmutex.go:69:7: &Store{...} escapes to heap
go_rwmutex.go:70:6: moved to heap: wg
go_rwmutex.go:73:6: func literal escapes to heap
go_rwmutex.go:83:13: ... argument does not escape
go_rwmutex.go:83:17: len(s.data) escapes to heap
go_rwmutex.go:83:17: sum escapes to heap
go_rwmutex.go:84:6: moved to heap: m2
