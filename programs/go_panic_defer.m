go_panic_defer.go:5:14: leaking param: name
go_panic_defer.go:6:13: ... argument does not escape
go_panic_defer.go:6:14: "cleanup" escapes to heap
go_panic_defer.go:6:14: name escapes to heap
go_panic_defer.go:9:11: c does not escape
go_panic_defer.go:11:8: func literal does not escape
go_panic_defer.go:11:28: ... argument does not escape
go_panic_defer.go:11:29: "closure in work sees" escapes to heap
go_panic_defer.go:11:56: len(c) escapes to heap
go_panic_defer.go:17:19: ... argument does not escape
go_panic_defer.go:17:20: "main's defer" escapes to heap
go_panic_defer.go:21:13: ... argument does not escape
go_panic_defer.go:21:14: "not reached" escapes to heap
