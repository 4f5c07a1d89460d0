go_chanops.go:12:13: ... argument does not escape
go_chanops.go:12:17: len(c) escapes to heap
go_chanops.go:12:25: cap(c) escapes to heap
go_chanops.go:16:13: ... argument does not escape
go_chanops.go:16:17: len(c) escapes to heap
go_chanops.go:16:25: cap(c) escapes to heap
go_chanops.go:17:13: ... argument does not escape
go_chanops.go:17:14: <-c escapes to heap
go_chanops.go:17:22: len(c) escapes to heap
go_chanops.go:20:14: ... argument does not escape
go_chanops.go:20:15: "drain" escapes to heap
go_chanops.go:20:15: v escapes to heap
go_chanops.go:23:13: ... argument does not escape
go_chanops.go:23:14: "after close:" escapes to heap
go_chanops.go:23:14: ok escapes to heap
go_chanops.go:23:14: v escapes to heap
go_chanops.go:29:13: ... argument does not escape
go_chanops.go:29:14: "signals" escapes to heap
go_chanops.go:29:28: len(sig) escapes to heap
go_chanops.go:36:13: ... argument does not escape
go_chanops.go:36:14: "remaining signals" escapes to heap
go_chanops.go:36:14: n escapes to heap
go_chanops.go:40:5: func literal escapes to heap
go_chanops.go:42:35: ... argument does not escape
go_chanops.go:42:36: "p" escapes to heap
go_chanops.go:42:36: i escapes to heap
go_chanops.go:47:14: ... argument does not escape
go_chanops.go:47:16: p.a escapes to heap
go_chanops.go:47:21: p.b escapes to heap
go_chanops.go:47:26: p.s escapes to heap
go_chanops.go:52:5: func literal escapes to heap
go_chanops.go:59:13: ... argument does not escape
go_chanops.go:59:14: "reply" escapes to heap
go_chanops.go:59:23: <-reply escapes to heap
go_chanops.go:64:28: []string{...} does not escape
go_chanops.go:67:13: ... argument does not escape
go_chanops.go:67:14: <-q escapes to heap
go_chanops.go:67:19: <-q escapes to heap
go_chanops.go:67:24: <-q escapes to heap
go_chanops.go:71:5: func literal escapes to heap
go_chanops.go:81:12: ... argument does not escape
go_chanops.go:81:12: x escapes to heap
go_chanops.go:81:16: " " escapes to heap
go_chanops.go:85:13: ... argument does not escape
go_chanops.go:85:13: ok escapes to heap
go_chanops.go:91:13: ... argument does not escape
go_chanops.go:91:19: send != nil escapes to heap
go_chanops.go:91:32: recv != nil escapes to heap
go_chanops.go:91:45: nilc == nil escapes to heap
go_chanops.go:91:56: cap(send) escapes to heap
go_chanops.go:91:67: len(recv) escapes to heap
go_chanops.go:97:13: ... argument does not escape
go_chanops.go:97:14: <-bc escapes to heap
go_chanops.go:97:20: <-bc escapes to heap
go_chanops.go:99:27: ([]byte)("hey!") does not escape
go_chanops.go:105:13: string(ch) does not escape
go_chanops.go:105:18: string(ch) + s escapes to heap
go_chanops.go:107:13: ... argument does not escape
go_chanops.go:107:13: s escapes to heap
