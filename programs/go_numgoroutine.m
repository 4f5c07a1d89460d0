go_numgoroutine.go:10:13: ... argument does not escape
go_numgoroutine.go:10:14: "start:" escapes to heap
go_numgoroutine.go:10:44: runtime.NumGoroutine() escapes to heap
go_numgoroutine.go:12:6: moved to heap: started
go_numgoroutine.go:15:6: func literal escapes to heap
go_numgoroutine.go:21:13: ... argument does not escape
go_numgoroutine.go:21:14: "blocked:" escapes to heap
go_numgoroutine.go:21:46: runtime.NumGoroutine() escapes to heap
go_numgoroutine.go:22:6: moved to heap: done
go_numgoroutine.go:25:6: func literal escapes to heap
go_numgoroutine.go:34:13: ... argument does not escape
go_numgoroutine.go:34:14: "after:" escapes to heap
go_numgoroutine.go:34:44: runtime.NumGoroutine() escapes to heap
