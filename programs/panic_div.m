panic_div.go:12:14: ... argument does not escape
panic_div.go:12:15: "100 /" escapes to heap
panic_div.go:12:15: d escapes to heap
panic_div.go:14:14: ... argument does not escape
panic_div.go:14:15: "total" escapes to heap
panic_div.go:14:15: total escapes to heap
panic_div.go:16:13: ... argument does not escape
panic_div.go:16:14: "unreachable" escapes to heap
