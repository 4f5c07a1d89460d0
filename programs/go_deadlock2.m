go_deadlock2.go:9:6: moved to heap: wg
go_deadlock2.go:13:6: func literal escapes to heap
go_deadlock2.go:18:13: ... argument does not escape
go_deadlock2.go:18:14: <-c escapes to heap
