arrays.go:14:20: a does not escape
arrays.go:43:13: ... argument does not escape
arrays.go:43:13: z escapes to heap
arrays.go:43:20: len(z) escapes to heap
arrays.go:43:28: cap(z) escapes to heap
arrays.go:48:13: ... argument does not escape
arrays.go:48:13: a escapes to heap
arrays.go:48:13: b escapes to heap
arrays.go:49:13: ... argument does not escape
arrays.go:49:20: a escapes to heap
arrays.go:49:20: double(a) escapes to heap
arrays.go:49:31: sum(a) escapes to heap
arrays.go:51:13: ... argument does not escape
arrays.go:51:13: a escapes to heap
arrays.go:54:13: ... argument does not escape
arrays.go:54:13: c escapes to heap
arrays.go:54:20: len(c) escapes to heap
arrays.go:56:13: ... argument does not escape
arrays.go:56:13: d escapes to heap
arrays.go:58:13: ... argument does not escape
arrays.go:58:13: e escapes to heap
arrays.go:58:20: len(e) escapes to heap
arrays.go:61:13: ... argument does not escape
arrays.go:61:16: a == b escapes to heap
arrays.go:61:38: [3]int{...} == [3]int{...} escapes to heap
arrays.go:61:60: c != [3]string{...} escapes to heap
arrays.go:66:13: ... argument does not escape
arrays.go:66:25: mul(m, id) == m escapes to heap
arrays.go:66:34: mul(m, m) escapes to heap
arrays.go:69:13: ... argument does not escape
arrays.go:69:15: m[1] escapes to heap
arrays.go:69:15: row escapes to heap
arrays.go:75:12: ... argument does not escape
arrays.go:75:12: i escapes to heap
arrays.go:75:16: ":" escapes to heap
arrays.go:75:16: v escapes to heap
arrays.go:75:24: " " escapes to heap
arrays.go:77:13: ... argument does not escape
arrays.go:77:13: arr escapes to heap
arrays.go:83:12: ... argument does not escape
arrays.go:83:12: i escapes to heap
arrays.go:83:16: ":" escapes to heap
arrays.go:83:16: v escapes to heap
arrays.go:83:24: " " escapes to heap
arrays.go:96:13: ... argument does not escape
arrays.go:96:13: bs escapes to heap
arrays.go:96:13: bytes escapes to heap
arrays.go:96:13: fs escapes to heap
arrays.go:96:13: rs escapes to heap
arrays.go:97:12: ... argument does not escape
arrays.go:97:13: bytes escapes to heap
arrays.go:97:13: rs escapes to heap
arrays.go:100:2: moved to heap: full
arrays.go:103:13: ... argument does not escape
arrays.go:103:13: full escapes to heap
arrays.go:103:13: s escapes to heap
arrays.go:103:26: len(s) escapes to heap
arrays.go:103:34: cap(s) escapes to heap
arrays.go:105:13: ... argument does not escape
arrays.go:105:13: full escapes to heap
arrays.go:105:13: s escapes to heap
arrays.go:114:13: ... argument does not escape
arrays.go:114:13: hist escapes to heap
arrays.go:125:13: ... argument does not escape
arrays.go:125:18: grid[2] escapes to heap
arrays.go:125:25: g2[2] escapes to heap
arrays.go:125:35: grid == g2 escapes to heap
arrays.go:130:13: ... argument does not escape
arrays.go:130:18: grid[1] escapes to heap
arrays.go:131:12: ... argument does not escape
arrays.go:131:13: grid escapes to heap
arrays.go:131:53: [2]struct { A int; B int }{...} escapes to heap
