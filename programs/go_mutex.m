go_mutex.go:15:7: leaking param: c
go_mutex.go:22:7: leaking param: c
go_mutex.go:29:6: moved to heap: c
go_mutex.go:30:6: moved to heap: wg
go_mutex.go:33:6: func literal escapes to heap
go_mutex.go:44:13: ... argument does not escape
go_mutex.go:44:14: "counter:" escapes to heap
go_mutex.go:44:33: (*Counter).Value(c) escapes to heap
go_mutex.go:51:13: ... argument does not escape
go_mutex.go:51:14: "each goroutine counted 1000:" escapes to heap
go_mutex.go:51:14: ok escapes to heap
go_mutex.go:54:6: moved to heap: mu
go_mutex.go:55:6: moved to heap: seen
go_mutex.go:58:6: func literal escapes to heap
go_mutex.go:70:13: ... argument does not escape
go_mutex.go:70:14: "appended:" escapes to heap
go_mutex.go:70:30: len(seen) escapes to heap
go_mutex.go:70:38: "sum:" escapes to heap
go_mutex.go:70:38: total escapes to heap
go_mutex.go:73:6: moved to heap: gate
go_mutex.go:75:2: moved to heap: msg
go_mutex.go:76:5: func literal escapes to heap
go_mutex.go:81:13: ... argument does not escape
go_mutex.go:81:13: msg escapes to heap
go_mutex.go:83:13: ... argument does not escape
go_mutex.go:83:14: "goroutines left:" escapes to heap
go_mutex.go:83:54: runtime.NumGoroutine() escapes to heap
