switch.go:33:11: ... argument does not escape
switch.go:33:11: n escapes to heap
switch.go:33:15: ":" escapes to heap
switch.go:36:12: ... argument does not escape
switch.go:36:13: " zero" escapes to heap
switch.go:39:12: ... argument does not escape
switch.go:39:13: " one-or-fell" escapes to heap
switch.go:42:12: ... argument does not escape
switch.go:42:13: " two-or-fell" escapes to heap
switch.go:44:12: ... argument does not escape
switch.go:44:13: " three" escapes to heap
switch.go:46:12: ... argument does not escape
switch.go:46:13: " other" escapes to heap
switch.go:49:12: ... argument does not escape
switch.go:49:13: " four-or-default" escapes to heap
switch.go:66:14: ... argument does not escape
switch.go:66:14: i escapes to heap
switch.go:66:26: classify(i) escapes to heap
switch.go:70:13: ... argument does not escape
switch.go:70:14: s escapes to heap
switch.go:70:37: grade(s) escapes to heap
switch.go:77:14: ... argument does not escape
switch.go:77:14: d escapes to heap
switch.go:77:25: weekday(d) escapes to heap
switch.go:82:14: ... argument does not escape
switch.go:82:15: "x > 3" escapes to heap
switch.go:85:14: ... argument does not escape
switch.go:85:15: "fell into x > 100" escapes to heap
switch.go:87:14: ... argument does not escape
switch.go:87:15: "not reached" escapes to heap
switch.go:92:14: ... argument does not escape
switch.go:92:15: "twelve" escapes to heap
switch.go:96:14: ... argument does not escape
switch.go:96:15: "not reached" escapes to heap
switch.go:98:14: ... argument does not escape
switch.go:98:15: "y =" escapes to heap
switch.go:98:15: y escapes to heap
switch.go:103:14: ... argument does not escape
switch.go:103:15: "matched 7" escapes to heap
switch.go:107:15: words + "lang" does not escape
switch.go:109:14: ... argument does not escape
switch.go:109:15: "golang!" escapes to heap
switch.go:111:14: ... argument does not escape
switch.go:111:15: "go" escapes to heap
switch.go:119:13: ... argument does not escape
switch.go:119:14: "evaluating case" escapes to heap
switch.go:119:14: v escapes to heap
switch.go:119:36: "call" escapes to heap
switch.go:119:36: calls escapes to heap
