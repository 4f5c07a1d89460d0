go_methods.go:14:7: leaking param: a
go_methods.go:14:34: leaking param: wg
go_methods.go:21:7: leaking param: a
go_methods.go:21:35: ok does not escape
go_methods.go:34:28: out does not escape
go_methods.go:47:7: leaking param: s
go_methods.go:60:7: &Server{...} escapes to heap
go_methods.go:68:7: leaking param: s
go_methods.go:74:10: &Account{} escapes to heap
go_methods.go:75:6: moved to heap: wg
go_methods.go:81:13: ... argument does not escape
go_methods.go:81:14: "balance:" escapes to heap
go_methods.go:81:30: acct.balance escapes to heap
go_methods.go:93:13: ... argument does not escape
go_methods.go:93:14: "withdrawals:" escapes to heap
go_methods.go:93:14: succeeded escapes to heap
go_methods.go:93:41: "balance:" escapes to heap
go_methods.go:93:57: acct.balance escapes to heap
go_methods.go:105:13: ... argument does not escape
go_methods.go:105:14: "adder:" escapes to heap
go_methods.go:105:14: sum escapes to heap
go_methods.go:108:9: &Adder{...} does not escape
go_methods.go:110:13: ... argument does not escape
go_methods.go:110:14: "pointer receiver:" escapes to heap
go_methods.go:110:35: <-out escapes to heap
go_methods.go:120:13: ... argument does not escape
go_methods.go:120:14: "server total:" escapes to heap
go_methods.go:120:14: total escapes to heap
go_methods.go:124:8: func literal escapes to heap
go_methods.go:125:8: func literal escapes to heap
go_methods.go:127:8: func literal escapes to heap
go_methods.go:133:13: ... argument does not escape
go_methods.go:133:14: "funcs:" escapes to heap
go_methods.go:133:14: v escapes to heap
go_methods.go:137:5: func literal escapes to heap
go_methods.go:139:10: &Adder{...} escapes to heap
go_methods.go:150:13: ... argument does not escape
go_methods.go:150:14: "pointers:" escapes to heap
go_methods.go:150:33: ads[0].base escapes to heap
go_methods.go:150:46: ads[1].base escapes to heap
go_methods.go:150:59: ads[2].base escapes to heap
