go_sieve.go:6:15: ch does not escape
go_sieve.go:12:13: in does not escape
go_sieve.go:12:28: out does not escape
go_sieve.go:28:12: ... argument does not escape
go_sieve.go:28:12: prime escapes to heap
go_sieve.go:32:13: ... argument does not escape
go_sieve.go:32:14: " " escapes to heap
go_sieve.go:38:13: ... argument does not escape
go_sieve.go:38:14: "sum:" escapes to heap
go_sieve.go:38:14: sum escapes to heap
