go_semaphore.go:13:6: moved to heap: mu
go_semaphore.go:14:6: moved to heap: wg
go_semaphore.go:15:2: moved to heap: running
go_semaphore.go:15:11: moved to heap: peak
go_semaphore.go:15:17: moved to heap: done
go_semaphore.go:18:6: func literal escapes to heap
go_semaphore.go:39:13: ... argument does not escape
go_semaphore.go:39:14: "done:" escapes to heap
go_semaphore.go:39:14: done escapes to heap
go_semaphore.go:39:29: "peak within limit:" escapes to heap
go_semaphore.go:39:65: peak <= limit && peak >= 1 escapes to heap
go_semaphore.go:39:79: "running:" escapes to heap
go_semaphore.go:39:79: running escapes to heap
go_semaphore.go:44:15: make([]chan bool, n) escapes to heap
go_semaphore.go:50:6: func literal escapes to heap
go_semaphore.go:54:27: ... argument does not escape
go_semaphore.go:54:28: i escapes to heap
go_semaphore.go:54:28: phase escapes to heap
go_semaphore.go:66:14: ... argument does not escape
go_semaphore.go:66:15: "phase" escapes to heap
go_semaphore.go:66:15: phase escapes to heap
go_semaphore.go:66:31: "arrivals" escapes to heap
go_semaphore.go:66:31: seen escapes to heap
go_semaphore.go:73:13: ... argument does not escape
go_semaphore.go:73:14: "results" escapes to heap
go_semaphore.go:73:14: count escapes to heap
go_semaphore.go:76:12: func literal does not escape
go_semaphore.go:76:17: leaking param: f
go_semaphore.go:78:6: func literal escapes to heap
go_semaphore.go:81:14: func literal escapes to heap
go_semaphore.go:82:14: func literal escapes to heap
go_semaphore.go:83:13: ... argument does not escape
go_semaphore.go:83:14: "futures:" escapes to heap
go_semaphore.go:83:30: <-a * <-b escapes to heap
