strbytes.go:5:19: s does not escape
strbytes.go:6:13: ([]byte)(s) does not escape
strbytes.go:8:14: reverseBytes ignoring self-assignment in b[i], b[j] = b[j], b[i]
strbytes.go:10:15: string(b) escapes to heap
strbytes.go:13:19: s does not escape
strbytes.go:19:16: reverseRunes ignoring self-assignment in rs[i], rs[j] = rs[j], rs[i]
strbytes.go:23:16: string(r) escapes to heap
strbytes.go:28:12: s does not escape
strbytes.go:38:12: s does not escape
strbytes.go:38:15: sub does not escape
strbytes.go:47:12: leaking param: s
strbytes.go:59:12: s does not escape
strbytes.go:60:11: make([]byte, len(s)) escapes to heap
strbytes.go:68:15: string(b) escapes to heap
strbytes.go:90:15: string(buf[i:]) escapes to heap
strbytes.go:95:13: ... argument does not escape
strbytes.go:95:17: len(s) escapes to heap
strbytes.go:95:23: s[0] escapes to heap
strbytes.go:95:29: s[7] escapes to heap
strbytes.go:95:40: string(s[7]) escapes to heap
strbytes.go:95:49: s[7:] escapes to heap
strbytes.go:95:56: s[:5] escapes to heap
strbytes.go:95:63: s[3:8] escapes to heap
strbytes.go:96:13: ... argument does not escape
strbytes.go:96:19: count(s, 'o') escapes to heap
strbytes.go:96:34: index(s, "world") escapes to heap
strbytes.go:96:53: index(s, "xyz") escapes to heap
strbytes.go:97:13: ... argument does not escape
strbytes.go:97:26: reverseBytes(s) escapes to heap
strbytes.go:97:36: upper(s) escapes to heap
strbytes.go:98:13: ... argument does not escape
strbytes.go:98:19: split("a,b,,c", ',') escapes to heap
strbytes.go:98:39: len(split("", ',')) escapes to heap
strbytes.go:99:13: ... argument does not escape
strbytes.go:99:18: itoa(0) escapes to heap
strbytes.go:99:27: itoa(12345) escapes to heap
strbytes.go:99:40: itoa(-9876) escapes to heap
strbytes.go:99:53: itoa(-9223372036854775807) escapes to heap
strbytes.go:103:13: ... argument does not escape
strbytes.go:103:17: len(u) escapes to heap
strbytes.go:105:12: ... argument does not escape
strbytes.go:105:14: u[i] escapes to heap
strbytes.go:105:19: " " escapes to heap
strbytes.go:109:12: ... argument does not escape
strbytes.go:109:12: i escapes to heap
strbytes.go:109:16: ":" escapes to heap
strbytes.go:109:27: string(r) escapes to heap
strbytes.go:109:32: "(" escapes to heap
strbytes.go:109:32: r escapes to heap
strbytes.go:109:40: ") " escapes to heap
strbytes.go:112:13: ... argument does not escape
strbytes.go:112:26: reverseRunes(u) escapes to heap
strbytes.go:112:43: reverseRunes("") escapes to heap
strbytes.go:117:13: ... argument does not escape
strbytes.go:117:14: i escapes to heap
strbytes.go:117:14: r escapes to heap
strbytes.go:124:13: ... argument does not escape
strbytes.go:124:14: "runes:" escapes to heap
strbytes.go:124:14: n escapes to heap
strbytes.go:124:27: "bytes:" escapes to heap
strbytes.go:124:40: len(bad) escapes to heap
strbytes.go:127:13: ([]byte)("abc") escapes to heap
strbytes.go:128:13: string(b) escapes to heap
strbytes.go:130:13: ... argument does not escape
strbytes.go:130:20: b escapes to heap
strbytes.go:130:20: string(b) escapes to heap
strbytes.go:130:20: t escapes to heap
strbytes.go:130:34: len(b) escapes to heap
strbytes.go:130:46: cap(b) >= 3 escapes to heap
strbytes.go:132:13: ... argument does not escape
strbytes.go:132:20: string(b) escapes to heap
strbytes.go:133:13: ... argument does not escape
strbytes.go:133:20: string(b[1:4]) escapes to heap
strbytes.go:140:13: ... argument does not escape
strbytes.go:140:13: rs escapes to heap
strbytes.go:140:21: len(rs) escapes to heap
strbytes.go:140:33: string(rs[1]) escapes to heap
strbytes.go:140:48: string(rs[3]) escapes to heap
strbytes.go:141:13: ... argument does not escape
strbytes.go:141:20: string(rune(65)) escapes to heap
strbytes.go:141:38: string(rune(0x4e16)) escapes to heap
strbytes.go:141:71: string(rune(-1)) == "\uFFFD" escapes to heap
strbytes.go:144:19: []string{...} escapes to heap
strbytes.go:147:25: main ignoring self-assignment in words[j], words[j - 1] = words[j - 1], words[j]
strbytes.go:150:13: ... argument does not escape
strbytes.go:150:13: words escapes to heap
strbytes.go:150:30: words[0] == words[1] escapes to heap
strbytes.go:150:47: "a" < "b" escapes to heap
strbytes.go:150:59: "ab" > "a" escapes to heap
strbytes.go:150:69: "" < "a" escapes to heap
strbytes.go:153:18: itoa(i) + ";" escapes to heap
strbytes.go:155:13: ... argument does not escape
strbytes.go:155:13: acc escapes to heap
strbytes.go:155:22: len(acc) escapes to heap
strbytes.go:162:13: ... argument does not escape
strbytes.go:162:20: string(out) escapes to heap
strbytes.go:162:30: len(out) escapes to heap
strbytes.go:166:13: ... argument does not escape
strbytes.go:166:20: x[:3] == x[3:] escapes to heap
strbytes.go:166:37: x[1:1] == "" escapes to heap
strbytes.go:166:47: len(x[6:]) escapes to heap
strbytes.go:167:12: ... argument does not escape
strbytes.go:167:35: x[2:5] escapes to heap
strbytes.go:167:48: ([]byte)(x[:2]) escapes to heap
strbytes.go:167:63: ([]byte)("hi") escapes to heap
strbytes.go:167:71: "hi" escapes to heap
strbytes.go:167:77: "hi" escapes to heap
strbytes.go:170:15: []byte{...} escapes to heap
strbytes.go:171:12: ... argument does not escape
strbytes.go:171:34: string(raw) escapes to heap
strbytes.go:171:47: raw escapes to heap
strbytes.go:171:47: string(raw) escapes to heap
