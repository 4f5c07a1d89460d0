floats.go:17:13: ... argument does not escape
floats.go:17:14: 0.0 escapes to heap
floats.go:17:19: 1.0 escapes to heap
floats.go:17:24: -1.0 escapes to heap
floats.go:17:30: 3.14 escapes to heap
floats.go:17:36: 2.5 escapes to heap
floats.go:17:41: 1e6 escapes to heap
floats.go:17:46: 1e20 escapes to heap
floats.go:17:52: 1e21 escapes to heap
floats.go:17:58: 1e-4 escapes to heap
floats.go:17:64: 1e-5 escapes to heap
floats.go:18:13: ... argument does not escape
floats.go:18:14: 100000.0 escapes to heap
floats.go:18:24: 123456789.0 escapes to heap
floats.go:18:37: 12345678.0 escapes to heap
floats.go:18:52: 0.1 + 0.2 escapes to heap
floats.go:18:61: 1.0 / 3.0 escapes to heap
floats.go:18:70: 2.0 / 3.0 escapes to heap
floats.go:19:13: ... argument does not escape
floats.go:19:14: 1e100 escapes to heap
floats.go:19:21: 1.7976931348623157e308 escapes to heap
floats.go:19:45: 5e-324 escapes to heap
floats.go:19:61: 4.9e-324 * 2 escapes to heap
floats.go:25:13: ... argument does not escape
floats.go:25:14: "sum of ten 0.1:" escapes to heap
floats.go:25:14: sum escapes to heap
floats.go:25:42: sum == 1.0 escapes to heap
floats.go:26:12: ... argument does not escape
floats.go:26:27: 3.14159265 escapes to heap
floats.go:26:39: -2.5 escapes to heap
floats.go:26:45: 1e6 escapes to heap
floats.go:27:12: ... argument does not escape
floats.go:27:58: 3.14159 escapes to heap
floats.go:27:67: 2.71828 escapes to heap
floats.go:27:76: 1.25 escapes to heap
floats.go:27:82: -3.5 escapes to heap
floats.go:27:88: 0.5 escapes to heap
floats.go:27:93: 1.5 escapes to heap
floats.go:27:98: 2.5 escapes to heap
floats.go:28:12: ... argument does not escape
floats.go:28:27: 1e9 escapes to heap
floats.go:28:32: 1.5e-7 escapes to heap
floats.go:28:40: 123.456 escapes to heap
floats.go:31:13: ... argument does not escape
floats.go:31:13: inf escapes to heap
floats.go:31:19: -inf escapes to heap
floats.go:31:29: zero / zero escapes to heap
floats.go:31:36: -zero escapes to heap
floats.go:32:12: ... argument does not escape
floats.go:32:13: inf escapes to heap
floats.go:32:36: -inf escapes to heap
floats.go:32:46: zero / zero escapes to heap
floats.go:34:13: ... argument does not escape
floats.go:34:18: nan == nan escapes to heap
floats.go:34:30: nan < 1 escapes to heap
floats.go:34:39: inf > 1e308 escapes to heap
floats.go:34:53: -inf < -1e308 escapes to heap
floats.go:37:13: ... argument does not escape
floats.go:37:14: i escapes to heap
floats.go:37:48: sqrt(f) escapes to heap
floats.go:37:57: sqrt(f) escapes to heap
floats.go:41:13: ... argument does not escape
floats.go:41:17: int(p) escapes to heap
floats.go:41:25: int(q) escapes to heap
floats.go:41:35: int64(1e18) escapes to heap
floats.go:41:48: uint8(int(r)) escapes to heap
floats.go:41:63: int64(q * 1e10) escapes to heap
floats.go:46:13: ... argument does not escape
floats.go:46:14: "fahrenheit:" escapes to heap
floats.go:46:14: c escapes to heap
floats.go:51:13: ... argument does not escape
floats.go:51:14: "3^30 =" escapes to heap
floats.go:51:14: y escapes to heap
floats.go:51:32: int64(y) escapes to heap
floats.go:58:13: ... argument does not escape
floats.go:58:14: "epsilon halvings:" escapes to heap
floats.go:58:14: h escapes to heap
floats.go:58:14: n escapes to heap
