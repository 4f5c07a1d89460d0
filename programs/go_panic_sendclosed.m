go_panic_sendclosed.go:9:13: ... argument does not escape
go_panic_sendclosed.go:9:14: <-c escapes to heap
go_panic_sendclosed.go:11:13: ... argument does not escape
go_panic_sendclosed.go:11:13: ok escapes to heap
go_panic_sendclosed.go:11:13: v escapes to heap
