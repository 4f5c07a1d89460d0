go_panic_closeclosed.go:8:13: ... argument does not escape
go_panic_closeclosed.go:8:14: "closed once" escapes to heap
