strings.go:5:13: leaking param: s to result ~r0 level=0
strings.go:13:10: leaking param: a to result ~r0 level=0
strings.go:13:13: leaking param: b to result ~r0 level=0
strings.go:22:16: s + ", " + "world" escapes to heap
strings.go:23:13: ... argument does not escape
strings.go:23:13: t escapes to heap
strings.go:23:20: len(t) escapes to heap
strings.go:24:13: ... argument does not escape
strings.go:24:17: len("") escapes to heap
strings.go:24:26: len("日本語") escapes to heap
strings.go:24:44: len("\xff") escapes to heap
strings.go:24:57: len("a\tb\n") escapes to heap
strings.go:25:13: ... argument does not escape
strings.go:25:16: s == "hello" escapes to heap
strings.go:25:30: s != "hello" escapes to heap
strings.go:25:48: "abc" < "abd" escapes to heap
strings.go:25:63: "abc" < "ab" escapes to heap
strings.go:25:75: "Z" < "a" escapes to heap
strings.go:25:85: "" < "a" escapes to heap
strings.go:26:13: ... argument does not escape
strings.go:26:17: max("apple", "banana") escapes to heap
strings.go:26:41: max("zeta", "alpha") escapes to heap
strings.go:26:63: max("", "x") escapes to heap
strings.go:27:12: ... argument does not escape
strings.go:27:30: "tab\there" escapes to heap
strings.go:27:43: "quote\"d" escapes to heap
strings.go:27:55: "日本" escapes to heap
strings.go:27:65: "\x00\x7f" escapes to heap
strings.go:28:12: ... argument does not escape
strings.go:28:13: s escapes to heap
strings.go:28:44: "" escapes to heap
strings.go:29:12: ... argument does not escape
strings.go:29:24: "hi" escapes to heap
strings.go:29:30: "日" escapes to heap
strings.go:30:13: ... argument does not escape
strings.go:30:20: repeat("ab", 5) escapes to heap
strings.go:30:34: len(repeat("xyz", 100)) escapes to heap
strings.go:32:13: ... argument does not escape
strings.go:32:16: u == "" escapes to heap
strings.go:32:26: len(u) escapes to heap
strings.go:35:13: ... argument does not escape
strings.go:35:13: u escapes to heap
strings.go:36:12: ... argument does not escape
strings.go:36:28: 71 escapes to heap
strings.go:36:32: 111 escapes to heap
strings.go:36:37: 33 escapes to heap
strings.go:36:41: 0x4E16 escapes to heap
strings.go:37:12: ... argument does not escape
strings.go:37:24: 120 escapes to heap
strings.go:37:29: 0x263A escapes to heap
strings.go:38:12: ... argument does not escape
strings.go:38:24: 65 escapes to heap
strings.go:38:28: 65 escapes to heap
strings.go:41:13: ... argument does not escape
strings.go:41:13: multi escapes to heap
strings.go:42:13: ... argument does not escape
strings.go:42:17: len(multi) escapes to heap
strings.go:45:13: ... argument does not escape
strings.go:45:13: a escapes to heap
strings.go:45:13: b escapes to heap
strings.go:47:13: ... argument does not escape
strings.go:47:14: greeting escapes to heap
strings.go:47:27: len(greeting) escapes to heap
strings.go:49:13: ... argument does not escape
strings.go:49:13: bs escapes to heap
strings.go:50:12: ... argument does not escape
strings.go:50:13: bs escapes to heap
strings.go:51:12: ... argument does not escape
strings.go:51:30: true escapes to heap
strings.go:51:36: false escapes to heap
strings.go:51:47: "a" < "b" escapes to heap
