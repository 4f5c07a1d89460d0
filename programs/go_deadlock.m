go_deadlock.go:7:13: ... argument does not escape
go_deadlock.go:7:14: "about to block" escapes to heap
go_deadlock.go:9:13: ... argument does not escape
go_deadlock.go:9:14: "unreachable" escapes to heap
