multiret.go:58:13: ... argument does not escape
multiret.go:58:13: a escapes to heap
multiret.go:58:13: b escapes to heap
multiret.go:60:13: ... argument does not escape
multiret.go:60:13: hi escapes to heap
multiret.go:60:13: lo escapes to heap
multiret.go:62:14: ... argument does not escape
multiret.go:62:15: "10/3 =" escapes to heap
multiret.go:62:15: q escapes to heap
multiret.go:65:14: ... argument does not escape
multiret.go:65:15: "division by zero refused" escapes to heap
multiret.go:67:13: ... argument does not escape
multiret.go:67:13: .autotmp_7 escapes to heap
multiret.go:67:13: .autotmp_8 escapes to heap
multiret.go:68:13: ... argument does not escape
multiret.go:68:13: .autotmp_10 escapes to heap
multiret.go:68:13: .autotmp_11 escapes to heap
multiret.go:68:13: .autotmp_9 escapes to heap
multiret.go:70:13: ... argument does not escape
multiret.go:70:13: n escapes to heap
multiret.go:70:13: s escapes to heap
multiret.go:70:13: t escapes to heap
multiret.go:71:13: ... argument does not escape
multiret.go:71:13: .autotmp_15 escapes to heap
multiret.go:71:13: .autotmp_16 escapes to heap
multiret.go:74:13: ... argument does not escape
multiret.go:74:13: x escapes to heap
multiret.go:74:13: y escapes to heap
multiret.go:74:13: z escapes to heap
multiret.go:77:13: ... argument does not escape
multiret.go:77:13: i escapes to heap
multiret.go:77:13: j escapes to heap
multiret.go:81:13: ... argument does not escape
multiret.go:81:13: p escapes to heap
multiret.go:81:13: r escapes to heap
multiret.go:82:13: ... argument does not escape
multiret.go:82:19: sumTo(100) escapes to heap
multiret.go:84:13: ... argument does not escape
multiret.go:84:13: second escapes to heap
multiret.go:86:13: ... argument does not escape
multiret.go:86:13: u escapes to heap
multiret.go:86:13: v escapes to heap
