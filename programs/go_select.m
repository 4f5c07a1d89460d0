go_select.go:10:14: ... argument does not escape
go_select.go:10:15: "received" escapes to heap
go_select.go:10:15: v escapes to heap
go_select.go:12:14: ... argument does not escape
go_select.go:12:15: "nothing ready" escapes to heap
go_select.go:19:14: ... argument does not escape
go_select.go:19:15: "sent 7" escapes to heap
go_select.go:21:14: ... argument does not escape
go_select.go:21:15: "full" escapes to heap
go_select.go:25:14: ... argument does not escape
go_select.go:25:15: "sent 8" escapes to heap
go_select.go:27:14: ... argument does not escape
go_select.go:27:15: "full" escapes to heap
go_select.go:31:14: ... argument does not escape
go_select.go:31:15: "got" escapes to heap
go_select.go:31:15: ok escapes to heap
go_select.go:31:15: v escapes to heap
go_select.go:33:14: ... argument does not escape
go_select.go:33:15: "empty" escapes to heap
go_select.go:40:14: ... argument does not escape
go_select.go:40:15: "nil receive" escapes to heap
go_select.go:40:15: v escapes to heap
go_select.go:42:14: ... argument does not escape
go_select.go:42:15: "nil send" escapes to heap
go_select.go:44:14: ... argument does not escape
go_select.go:44:15: "nil channels block" escapes to heap
go_select.go:48:2: moved to heap: a
go_select.go:49:2: moved to heap: z
go_select.go:50:5: func literal escapes to heap
go_select.go:56:5: func literal escapes to heap
go_select.go:57:29: []string{...} does not escape
go_select.go:80:13: ... argument does not escape
go_select.go:80:14: "sum" escapes to heap
go_select.go:80:14: sum escapes to heap
go_select.go:80:26: "chars" escapes to heap
go_select.go:80:26: chars escapes to heap
go_select.go:80:42: "rounds" escapes to heap
go_select.go:80:42: rounds escapes to heap
go_select.go:86:5: func literal escapes to heap
go_select.go:102:13: ... argument does not escape
go_select.go:102:14: "received total" escapes to heap
go_select.go:102:14: got escapes to heap
go_select.go:107:15: ... argument does not escape
go_select.go:107:16: "unexpected" escapes to heap
go_select.go:112:12: ... argument does not escape
go_select.go:112:12: v escapes to heap
go_select.go:112:16: " " escapes to heap
go_select.go:136:13: ... argument does not escape
go_select.go:136:14: "total" escapes to heap
go_select.go:136:14: total escapes to heap
go_select.go:136:45: len(r1) + len(r2) + len(r3) escapes to heap
go_select.go:146:13: ... argument does not escape
go_select.go:146:14: "defaults" escapes to heap
go_select.go:146:14: n escapes to heap
go_select.go:151:5: func literal escapes to heap
go_select.go:157:14: ... argument does not escape
go_select.go:157:15: "blocked then got" escapes to heap
go_select.go:157:15: v escapes to heap
go_select.go:159:14: ... argument does not escape
go_select.go:159:15: "impossible" escapes to heap
go_select.go:163:13: ... argument does not escape
go_select.go:163:14: "done closed:" escapes to heap
go_select.go:163:30: !ok escapes to heap
