printf.go:7:12: ... argument does not escape
printf.go:7:13: n escapes to heap
printf.go:7:77: 255 escapes to heap
printf.go:8:12: ... argument does not escape
printf.go:8:48: -n escapes to heap
printf.go:8:52: -n escapes to heap
printf.go:8:56: -n escapes to heap
printf.go:8:60: -n escapes to heap
printf.go:8:64: -n escapes to heap
printf.go:9:12: ... argument does not escape
printf.go:9:38: 1 escapes to heap
printf.go:9:41: "two" escapes to heap
printf.go:9:48: 3.5 escapes to heap
printf.go:9:53: true escapes to heap
printf.go:10:12: ... argument does not escape
printf.go:10:41: "go" escapes to heap
printf.go:10:47: "go" escapes to heap
printf.go:10:53: "go" escapes to heap
printf.go:10:59: "go" escapes to heap
printf.go:11:12: ... argument does not escape
printf.go:11:36: true escapes to heap
printf.go:11:42: false escapes to heap
printf.go:11:49: true escapes to heap
printf.go:12:12: ... argument does not escape
printf.go:12:41: 65 escapes to heap
printf.go:12:45: 0x4E16 escapes to heap
printf.go:12:53: 66 escapes to heap
printf.go:12:57: 67 escapes to heap
printf.go:13:12: ... argument does not escape
printf.go:13:56: 3.14159 escapes to heap
printf.go:13:65: 3.14159 escapes to heap
printf.go:13:74: 3.14159 escapes to heap
printf.go:13:83: 3.14159 escapes to heap
printf.go:13:92: -3.14159 escapes to heap
printf.go:14:12: ... argument does not escape
printf.go:14:35: 50 escapes to heap
printf.go:15:12: ... argument does not escape
printf.go:15:24: "wrong" escapes to heap
printf.go:15:33: 5 escapes to heap
printf.go:17:12: ... argument does not escape
printf.go:17:21: 1 escapes to heap
printf.go:17:24: 2 escapes to heap
printf.go:18:12: ... argument does not escape
printf.go:18:21: 3 escapes to heap
printf.go:23:12: ... argument does not escape
printf.go:23:13: i8 escapes to heap
printf.go:23:13: u64 escapes to heap
printf.go:23:13: u8 escapes to heap
printf.go:24:12: ... argument does not escape
printf.go:24:31: 1.5 escapes to heap
printf.go:24:36: 2 escapes to heap
printf.go:24:39: "x" escapes to heap
printf.go:26:13: ... argument does not escape
printf.go:26:14: i escapes to heap
printf.go:28:12: ... argument does not escape
printf.go:28:27: "hex" escapes to heap
printf.go:28:34: -1 escapes to heap
printf.go:28:38: "\n" escapes to heap
printf.go:29:12: ... argument does not escape
printf.go:29:28: "string" escapes to heap
printf.go:29:38: "value" escapes to heap
printf.go:30:12: ... argument does not escape
printf.go:30:26: 99.5 escapes to heap
printf.go:32:12: ... argument does not escape
printf.go:32:13: b escapes to heap
printf.go:32:34: 97 escapes to heap
