consts.go:48:13: ... argument does not escape
consts.go:48:14: Sunday escapes to heap
consts.go:48:22: Monday escapes to heap
consts.go:48:30: Tuesday escapes to heap
consts.go:48:39: Wednesday escapes to heap
consts.go:49:13: ... argument does not escape
consts.go:49:14: KB escapes to heap
consts.go:49:18: MB escapes to heap
consts.go:49:22: GB escapes to heap
consts.go:49:26: TB escapes to heap
consts.go:50:13: ... argument does not escape
consts.go:50:14: A escapes to heap
consts.go:50:17: B escapes to heap
consts.go:50:20: C escapes to heap
consts.go:50:23: D escapes to heap
consts.go:50:26: E escapes to heap
consts.go:50:29: F escapes to heap
consts.go:51:13: ... argument does not escape
consts.go:51:14: Small escapes to heap
consts.go:51:24: Big / Big escapes to heap
consts.go:52:13: ... argument does not escape
consts.go:52:14: Pi escapes to heap
consts.go:52:18: TwoPi escapes to heap
consts.go:52:30: Pi * 2 == TwoPi escapes to heap
consts.go:54:12: ... argument does not escape
consts.go:54:13: f escapes to heap
consts.go:54:41: float64(Big) / 1e30 escapes to heap
consts.go:55:13: ... argument does not escape
consts.go:55:14: typed escapes to heap
consts.go:55:26: typed / 3 escapes to heap
consts.go:55:30: name escapes to heap
consts.go:55:39: len(name) escapes to heap
consts.go:56:13: ... argument does not escape
consts.go:56:14: x0 escapes to heap
consts.go:56:18: x1 escapes to heap
consts.go:56:22: x2 escapes to heap
consts.go:56:26: skip escapes to heap
consts.go:56:32: x4 escapes to heap
consts.go:56:36: x5 escapes to heap
consts.go:57:13: ... argument does not escape
consts.go:57:13: global escapes to heap
consts.go:60:13: ... argument does not escape
consts.go:60:13: i8 escapes to heap
consts.go:60:23: local / 2 escapes to heap
consts.go:60:32: local / 2.0 escapes to heap
consts.go:61:13: ... argument does not escape
consts.go:61:15: 1 << 62 escapes to heap
consts.go:61:27: uint64(1 << 63) escapes to heap
consts.go:61:38: -1 << 63 escapes to heap
consts.go:62:12: ... argument does not escape
consts.go:62:28: 7 / 2 escapes to heap
consts.go:62:35: 7.0 / 2 escapes to heap
consts.go:62:40: 7 / 2.0 escapes to heap
consts.go:64:13: ... argument does not escape
consts.go:64:14: huge escapes to heap
consts.go:67:13: ... argument does not escape
consts.go:67:15: u >> shift escapes to heap
consts.go:67:25: u << shift escapes to heap
consts.go:68:12: ... argument does not escape
consts.go:68:24: KB escapes to heap
consts.go:68:28: TB escapes to heap
