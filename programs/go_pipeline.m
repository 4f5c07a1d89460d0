go_pipeline.go:7:5: func literal escapes to heap
go_pipeline.go:16:9: leaking param: in
go_pipeline.go:18:5: func literal escapes to heap
go_pipeline.go:27:13: leaking param: in
go_pipeline.go:27:28: leaking param: keep
go_pipeline.go:29:5: func literal escapes to heap
go_pipeline.go:30:9: func literal does not escape
go_pipeline.go:40:12: leaking param: cs
go_pipeline.go:44:6: func literal escapes to heap
go_pipeline.go:44:11: c does not escape
go_pipeline.go:51:5: func literal escapes to heap
go_pipeline.go:63:9: func literal escapes to heap
go_pipeline.go:63:14: leaking param: in
go_pipeline.go:65:6: func literal escapes to heap
go_pipeline.go:77:37: func literal escapes to heap
go_pipeline.go:78:12: ... argument does not escape
go_pipeline.go:78:12: v escapes to heap
go_pipeline.go:78:16: " " escapes to heap
go_pipeline.go:85:22: ... argument escapes to heap
go_pipeline.go:89:13: ... argument does not escape
go_pipeline.go:89:14: "fan-in:" escapes to heap
go_pipeline.go:89:14: count escapes to heap
go_pipeline.go:89:14: sum escapes to heap
go_pipeline.go:97:12: ... argument does not escape
go_pipeline.go:97:12: v escapes to heap
go_pipeline.go:97:16: " " escapes to heap
go_pipeline.go:104:5: func literal escapes to heap
go_pipeline.go:110:5: func literal escapes to heap
go_pipeline.go:111:29: []string{...} does not escape
go_pipeline.go:117:12: ... argument does not escape
go_pipeline.go:117:12: n escapes to heap
go_pipeline.go:117:16: "," escapes to heap
