methods.go:10:7: c does not escape
methods.go:12:7: c does not escape
methods.go:14:7: leaking param: c to result ~r0 level=0
methods.go:19:7: c does not escape
methods.go:20:22: c.name + "=" + fmt.Sprint(... argument...) escapes to heap
methods.go:20:34: ... argument does not escape
methods.go:20:36: c.n escapes to heap
methods.go:24:7: leaking param: c to result ~r0 level=0
methods.go:34:7: v does not escape
methods.go:52:7: l does not escape
methods.go:60:7: leaking param content: l
methods.go:62:7: l does not escape
methods.go:68:7: leaking param content: s
methods.go:68:22: leaking param: x
methods.go:69:7: leaking param: s to result ~r0 level=2
methods.go:71:10: (*Stack).Pop ignoring self-assignment in s.items = s.items[:len(s.items) - 1]
methods.go:74:7: s does not escape
methods.go:78:7: g does not escape
methods.go:86:7: leaking param content: a
methods.go:91:7: leaking param content: a
methods.go:104:13: ... argument does not escape
methods.go:104:19: Counter.Get(c) escapes to heap
methods.go:104:33: Counter.Describe(c) escapes to heap
methods.go:106:13: ... argument does not escape
methods.go:106:15: c.n escapes to heap
methods.go:106:20: d.n escapes to heap
methods.go:108:13: ... argument does not escape
methods.go:108:24: Counter.Describe(c) escapes to heap
methods.go:112:13: ... argument does not escape
methods.go:112:20: Counter.Get(pc) escapes to heap
methods.go:112:33: Counter.Get(*pc) escapes to heap
methods.go:112:38: c.n escapes to heap
methods.go:114:23: []Counter{...} does not escape
methods.go:119:13: ... argument does not escape
methods.go:119:34: Counter.Describe(counters[0]) escapes to heap
methods.go:119:58: Counter.Describe(counters[1]) escapes to heap
methods.go:124:13: ... argument does not escape
methods.go:124:20: arr[0].n escapes to heap
methods.go:124:30: arr[1].n escapes to heap
methods.go:128:13: ... argument does not escape
methods.go:128:19: Vec.Add(v, w) escapes to heap
methods.go:128:31: Vec.Scale(v, 2) escapes to heap
methods.go:128:41: Vec.Dot(v, w) escapes to heap
methods.go:130:13: ... argument does not escape
methods.go:130:13: v escapes to heap
methods.go:130:31: Vec.Scale(.autotmp_10, 0.5) escapes to heap
methods.go:133:13: ... argument does not escape
methods.go:133:22: Celsius.ToF(temp) escapes to heap
methods.go:133:45: Fahrenheit.ToC(Fahrenheit(212)) escapes to heap
methods.go:133:65: Celsius.ToF(Celsius(-40)) escapes to heap
methods.go:139:13: ... argument does not escape
methods.go:139:13: l escapes to heap
methods.go:139:22: IntList.Len(l) escapes to heap
methods.go:139:31: IntList.Sum(l) escapes to heap
methods.go:142:28: []string{...} does not escape
methods.go:146:12: ... argument does not escape
methods.go:146:19: (*Stack).Pop(st) escapes to heap
methods.go:154:13: ... argument does not escape
methods.go:154:13: g escapes to heap
methods.go:154:24: Grid.Trace(g) escapes to heap
methods.go:156:10: &Account{} does not escape
methods.go:158:13: ... argument does not escape
methods.go:158:27: (*Account).Withdraw(acct, 30) escapes to heap
methods.go:158:46: (*Account).Withdraw(acct, 100) escapes to heap
methods.go:158:57: acct.balance escapes to heap
methods.go:158:71: acct.history escapes to heap
methods.go:159:12: ... argument does not escape
methods.go:159:22: *acct escapes to heap
methods.go:162:13: ... argument does not escape
methods.go:162:49: Counter.Describe(Counter{...}) escapes to heap
methods.go:162:66: Vec.Dot(Vec{...}, Vec{...}) escapes to heap
