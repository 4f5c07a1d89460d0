gcd.go:39:16: ... argument does not escape
gcd.go:39:17: "mismatch" escapes to heap
gcd.go:39:17: a escapes to heap
gcd.go:39:17: b escapes to heap
gcd.go:44:13: ... argument does not escape
gcd.go:44:14: "checked" escapes to heap
gcd.go:44:14: pairs escapes to heap
gcd.go:44:32: "pairs" escapes to heap
gcd.go:45:13: ... argument does not escape
gcd.go:45:17: gcd(1071, 462) escapes to heap
gcd.go:45:33: gcd(48, 18) escapes to heap
gcd.go:45:46: gcd(17, 5) escapes to heap
gcd.go:45:58: gcd(0, 9) escapes to heap
gcd.go:46:13: ... argument does not escape
gcd.go:46:17: lcm(4, 6) escapes to heap
gcd.go:46:28: lcm(21, 6) escapes to heap
gcd.go:46:40: lcm(1, 1) escapes to heap
gcd.go:48:12: ... argument does not escape
gcd.go:48:13: g escapes to heap
gcd.go:48:13: x escapes to heap
gcd.go:48:13: y escapes to heap
gcd.go:48:69: 240 * x + 46 * y escapes to heap
gcd.go:50:12: ... argument does not escape
gcd.go:50:13: g escapes to heap
gcd.go:50:13: x escapes to heap
gcd.go:50:13: y escapes to heap
gcd.go:55:13: ... argument does not escape
gcd.go:55:14: "lcm(1..20) =" escapes to heap
gcd.go:55:14: l escapes to heap
