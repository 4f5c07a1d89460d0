intwrap.go:8:13: ... argument does not escape
intwrap.go:8:14: "int8 127+1 =" escapes to heap
intwrap.go:8:14: i8 escapes to heap
intwrap.go:11:13: ... argument does not escape
intwrap.go:11:14: "int8 -128-1 =" escapes to heap
intwrap.go:11:14: i8 escapes to heap
intwrap.go:14:13: ... argument does not escape
intwrap.go:14:14: "int8 -(-128) =" escapes to heap
intwrap.go:14:14: m8 escapes to heap
intwrap.go:17:13: ... argument does not escape
intwrap.go:17:14: "int8 100*3 =" escapes to heap
intwrap.go:17:14: i8 escapes to heap
intwrap.go:21:13: ... argument does not escape
intwrap.go:21:14: "uint8 255+1 =" escapes to heap
intwrap.go:21:14: u8 escapes to heap
intwrap.go:24:13: ... argument does not escape
intwrap.go:24:14: "uint8 0-1 =" escapes to heap
intwrap.go:24:14: u8 escapes to heap
intwrap.go:27:13: ... argument does not escape
intwrap.go:27:14: "byte 200+100 =" escapes to heap
intwrap.go:27:14: b escapes to heap
intwrap.go:31:13: ... argument does not escape
intwrap.go:31:14: "int16 32767+2 =" escapes to heap
intwrap.go:31:14: i16 escapes to heap
intwrap.go:34:13: ... argument does not escape
intwrap.go:34:14: "uint16 65535*65535 =" escapes to heap
intwrap.go:34:14: u16 escapes to heap
intwrap.go:38:13: ... argument does not escape
intwrap.go:38:14: "int32 max+1 =" escapes to heap
intwrap.go:38:14: i32 escapes to heap
intwrap.go:41:13: ... argument does not escape
intwrap.go:41:14: "int32 65536*65536 =" escapes to heap
intwrap.go:41:14: i32 escapes to heap
intwrap.go:44:13: ... argument does not escape
intwrap.go:44:14: "uint32 max+10 =" escapes to heap
intwrap.go:44:14: u32 escapes to heap
intwrap.go:47:13: ... argument does not escape
intwrap.go:47:14: "uint32 0-1 =" escapes to heap
intwrap.go:47:14: u32 escapes to heap
intwrap.go:51:13: ... argument does not escape
intwrap.go:51:14: "int64 max+1 =" escapes to heap
intwrap.go:51:14: i64 escapes to heap
intwrap.go:53:13: ... argument does not escape
intwrap.go:53:14: "-(int64 min) =" escapes to heap
intwrap.go:53:14: i64 escapes to heap
intwrap.go:56:13: ... argument does not escape
intwrap.go:56:14: "uint64 max+1 =" escapes to heap
intwrap.go:56:14: u64 escapes to heap
intwrap.go:58:13: ... argument does not escape
intwrap.go:58:14: "uint64 0-1 =" escapes to heap
intwrap.go:58:14: u64 escapes to heap
intwrap.go:62:13: ... argument does not escape
intwrap.go:62:14: "int max+1 =" escapes to heap
intwrap.go:62:14: n escapes to heap
intwrap.go:65:13: ... argument does not escape
intwrap.go:65:14: "uint 0-1 =" escapes to heap
intwrap.go:65:14: un escapes to heap
intwrap.go:73:13: ... argument does not escape
intwrap.go:73:14: "fnv-ish hash:" escapes to heap
intwrap.go:73:14: h escapes to heap
intwrap.go:79:13: ... argument does not escape
intwrap.go:79:14: "fnv64-ish hash:" escapes to heap
intwrap.go:79:14: h64 escapes to heap
intwrap.go:83:13: ... argument does not escape
intwrap.go:83:18: int8(big) escapes to heap
intwrap.go:83:30: uint8(big) escapes to heap
intwrap.go:83:42: int16(big * 100) escapes to heap
intwrap.go:83:59: uint16(big * 100) escapes to heap
intwrap.go:85:13: ... argument does not escape
intwrap.go:85:19: uint8(neg) escapes to heap
intwrap.go:85:32: uint16(neg) escapes to heap
intwrap.go:85:45: uint32(neg) escapes to heap
intwrap.go:85:58: uint64(neg) escapes to heap
intwrap.go:85:69: uint(neg) escapes to heap
intwrap.go:87:13: ... argument does not escape
intwrap.go:87:18: int8(x) escapes to heap
intwrap.go:87:28: int64(int8(x)) escapes to heap
intwrap.go:87:45: uint64(x) escapes to heap
intwrap.go:90:12: ... argument does not escape
intwrap.go:90:32: int32(three) escapes to heap
intwrap.go:90:46: int64(int32(neg)) escapes to heap
intwrap.go:90:66: uint32(m2) escapes to heap
