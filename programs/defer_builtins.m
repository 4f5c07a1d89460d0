defer_builtins.go:8:21: ch does not escape
defer_builtins.go:15:12: name does not escape
defer_builtins.go:26:19: ... argument does not escape
defer_builtins.go:26:20: "closing twice next" escapes to heap
defer_builtins.go:37:13: ... argument does not escape
defer_builtins.go:37:14: "sum" escapes to heap
defer_builtins.go:37:14: sum escapes to heap
defer_builtins.go:39:19: ... argument does not escape
defer_builtins.go:39:20: "main's deferred print runs during the panic" escapes to heap
