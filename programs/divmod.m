divmod.go:19:14: ... argument does not escape
divmod.go:19:15: a escapes to heap
divmod.go:19:15: b escapes to heap
divmod.go:19:15: q escapes to heap
divmod.go:19:15: r escapes to heap
divmod.go:23:13: ... argument does not escape
divmod.go:23:13: vals escapes to heap
divmod.go:23:20: "divisions" escapes to heap
divmod.go:24:13: ... argument does not escape
divmod.go:24:16: -9 / 4 escapes to heap
divmod.go:24:22: -9 % 4 escapes to heap
divmod.go:24:27: 9 / -4 escapes to heap
divmod.go:24:33: 9 % -4 escapes to heap
divmod.go:24:40: -9 / -4 escapes to heap
divmod.go:24:47: -9 % -4 escapes to heap
divmod.go:28:13: ... argument does not escape
divmod.go:28:14: "int8 -128 / -1 =" escapes to heap
divmod.go:28:36: i8 / m1 escapes to heap
divmod.go:28:41: "rem" escapes to heap
divmod.go:28:50: i8 % m1 escapes to heap
divmod.go:31:13: ... argument does not escape
divmod.go:31:14: "int64 min / -1 =" escapes to heap
divmod.go:31:37: i64 / n1 escapes to heap
divmod.go:31:42: "rem" escapes to heap
divmod.go:31:52: i64 % n1 escapes to heap
divmod.go:33:13: ... argument does not escape
divmod.go:33:14: "uint32:" escapes to heap
divmod.go:33:26: u / 7 escapes to heap
divmod.go:33:31: u % 7 escapes to heap
divmod.go:35:13: ... argument does not escape
divmod.go:35:14: "uint8:" escapes to heap
divmod.go:35:26: u8 / 3 escapes to heap
divmod.go:35:32: u8 % 3 escapes to heap
divmod.go:44:13: ... argument does not escape
divmod.go:44:14: "floor(-7/2) =" escapes to heap
divmod.go:44:14: floorDiv escapes to heap
divmod.go:47:13: ... argument does not escape
divmod.go:47:13: x escapes to heap
divmod.go:49:13: ... argument does not escape
divmod.go:49:13: x escapes to heap
divmod.go:51:13: ... argument does not escape
divmod.go:51:15: f / 2 escapes to heap
divmod.go:51:20: f / -2 escapes to heap
