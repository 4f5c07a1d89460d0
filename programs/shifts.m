shifts.go:8:14: ... argument does not escape
shifts.go:8:15: "1 <<" escapes to heap
shifts.go:8:15: s escapes to heap
shifts.go:8:26: "=" escapes to heap
shifts.go:8:32: x << s escapes to heap
shifts.go:11:13: ... argument does not escape
shifts.go:11:14: "1<<64 =" escapes to heap
shifts.go:11:26: x << s escapes to heap
shifts.go:11:31: " -1>>64 =" escapes to heap
shifts.go:11:46: -1 >> s escapes to heap
shifts.go:11:51: " 5>>64 =" escapes to heap
shifts.go:11:64: 5 >> s escapes to heap
shifts.go:13:13: ... argument does not escape
shifts.go:13:14: "-100 >> 1 =" escapes to heap
shifts.go:13:32: neg >> 1 escapes to heap
shifts.go:13:37: " -100 >> 3 =" escapes to heap
shifts.go:13:56: neg >> 3 escapes to heap
shifts.go:13:61: " -1 >> 10 =" escapes to heap
shifts.go:13:78: -1 >> 10 escapes to heap
shifts.go:15:13: ... argument does not escape
shifts.go:15:14: "uint8 0x81 << 1 =" escapes to heap
shifts.go:15:37: u8 << 1 escapes to heap
shifts.go:15:42: " >> 1 =" escapes to heap
shifts.go:15:55: u8 >> 1 escapes to heap
shifts.go:15:60: " << 8 =" escapes to heap
shifts.go:15:73: u8 << 8 escapes to heap
shifts.go:17:13: ... argument does not escape
shifts.go:17:14: "int8 -128 >> 7 =" escapes to heap
shifts.go:17:36: i8 >> 7 escapes to heap
shifts.go:17:41: " -128 << 1 =" escapes to heap
shifts.go:17:59: i8 << 1 escapes to heap
shifts.go:17:64: " >> 20 =" escapes to heap
shifts.go:17:78: i8 >> 20 escapes to heap
shifts.go:19:13: ... argument does not escape
shifts.go:19:14: "int32 1<<31 =" escapes to heap
shifts.go:19:34: i32 << 31 escapes to heap
shifts.go:19:40: " 1<<32 =" escapes to heap
shifts.go:19:55: i32 << 32 escapes to heap
shifts.go:21:13: ... argument does not escape
shifts.go:21:14: "uint32 >> 31 =" escapes to heap
shifts.go:21:35: u32 >> 31 escapes to heap
shifts.go:21:41: " << 4 =" escapes to heap
shifts.go:21:55: u32 << 4 escapes to heap
shifts.go:23:13: ... argument does not escape
shifts.go:23:14: "uint64 1<<63 =" escapes to heap
shifts.go:23:14: u64 escapes to heap
shifts.go:23:37: " >> 63 =" escapes to heap
shifts.go:23:52: u64 >> 63 escapes to heap
shifts.go:23:58: " << 1 =" escapes to heap
shifts.go:23:72: u64 << 1 escapes to heap
shifts.go:26:12: ... argument does not escape
shifts.go:26:56: a & b escapes to heap
shifts.go:26:61: a | b escapes to heap
shifts.go:26:66: a ^ b escapes to heap
shifts.go:26:71: a &^ b escapes to heap
shifts.go:26:76: ^a escapes to heap
shifts.go:28:13: ... argument does not escape
shifts.go:28:14: "^uint8(0x0F) =" escapes to heap
shifts.go:28:32: ^m escapes to heap
shifts.go:28:36: " 0xFF &^ 0x0F =" escapes to heap
shifts.go:28:59: 0xFF &^ m escapes to heap
shifts.go:35:13: ... argument does not escape
shifts.go:35:14: "op= chain:" escapes to heap
shifts.go:35:14: c escapes to heap
shifts.go:44:13: ... argument does not escape
shifts.go:44:14: "popcount:" escapes to heap
shifts.go:44:14: count escapes to heap
shifts.go:47:13: ... argument does not escape
shifts.go:47:16: 10 << k escapes to heap
shifts.go:47:25: 1000 >> k escapes to heap
