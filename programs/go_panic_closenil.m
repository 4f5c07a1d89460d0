go_panic_closenil.go:7:13: ... argument does not escape
go_panic_closenil.go:7:17: len(c) escapes to heap
go_panic_closenil.go:7:25: cap(c) escapes to heap
