structs.go:38:11: r does not escape
structs.go:42:11: leaking param: r to result ~r0 level=0
structs.go:48:18: r does not escape
structs.go:55:13: ... argument does not escape
structs.go:55:14: "zero:" escapes to heap
structs.go:55:14: zero escapes to heap
structs.go:58:13: ... argument does not escape
structs.go:58:13: p escapes to heap
structs.go:58:13: q escapes to heap
structs.go:59:12: ... argument does not escape
structs.go:59:13: p escapes to heap
structs.go:59:13: q escapes to heap
structs.go:62:13: ... argument does not escape
structs.go:62:13: r escapes to heap
structs.go:62:21: area(r) escapes to heap
structs.go:63:12: ... argument does not escape
structs.go:63:13: r escapes to heap
structs.go:69:13: ... argument does not escape
structs.go:69:14: "original:" escapes to heap
structs.go:69:14: r escapes to heap
structs.go:70:13: ... argument does not escape
structs.go:70:14: "copy:" escapes to heap
structs.go:70:14: r2 escapes to heap
structs.go:74:13: ... argument does not escape
structs.go:74:14: "grow:" escapes to heap
structs.go:74:24: r.Max escapes to heap
structs.go:74:32: r3.Max escapes to heap
structs.go:76:13: ... argument does not escape
structs.go:76:14: "growInPlace:" escapes to heap
structs.go:76:31: r.Max escapes to heap
structs.go:82:13: ... argument does not escape
structs.go:82:14: "a == b:" escapes to heap
structs.go:82:27: a == b escapes to heap
structs.go:82:33: "a == c:" escapes to heap
structs.go:82:46: a == c escapes to heap
structs.go:82:52: "a != c:" escapes to heap
structs.go:82:65: a != c escapes to heap
structs.go:83:13: ... argument does not escape
structs.go:83:14: "rect ==:" escapes to heap
structs.go:83:28: r == r escapes to heap
structs.go:83:36: r == r2 escapes to heap
structs.go:83:50: Rect{} == Rect{} escapes to heap
structs.go:84:13: ... argument does not escape
structs.go:84:14: "empty:" escapes to heap
structs.go:84:32: Empty{} == Empty{} escapes to heap
structs.go:84:49: Empty{} escapes to heap
structs.go:87:8: &Point{...} does not escape
structs.go:89:13: ... argument does not escape
structs.go:89:14: *pp escapes to heap
structs.go:89:21: pp.X escapes to heap
structs.go:89:27: pp.Y escapes to heap
structs.go:90:8: &Rect{...} does not escape
structs.go:92:13: ... argument does not escape
structs.go:92:14: *pr escapes to heap
structs.go:92:23: area(*pr) escapes to heap
structs.go:95:10: &Node{...} does not escape
structs.go:95:30: &Node{...} does not escape
structs.go:95:52: &Node{...} does not escape
structs.go:95:66: &Node{...} escapes to heap
structs.go:96:13: ... argument does not escape
structs.go:96:18: tree.Val escapes to heap
structs.go:96:33: tree.Left.Val escapes to heap
structs.go:96:49: tree.Right.Val escapes to heap
structs.go:96:71: tree.Right.Right.Val escapes to heap
structs.go:97:13: ... argument does not escape
structs.go:97:29: tree.Left.Left == nil escapes to heap
structs.go:97:60: tree.Right.Right.Right == nil escapes to heap
structs.go:98:13: ... argument does not escape
structs.go:98:14: *tree.Left escapes to heap
structs.go:105:13: ... argument does not escape
structs.go:105:13: alice escapes to heap
structs.go:106:13: ... argument does not escape
structs.go:106:13: bob escapes to heap
structs.go:107:12: ... argument does not escape
structs.go:107:13: bob escapes to heap
structs.go:108:13: ... argument does not escape
structs.go:108:20: alice == bob escapes to heap
structs.go:108:39: alice.Tags == [3]string{...} escapes to heap
structs.go:112:13: ... argument does not escape
structs.go:112:13: f escapes to heap
structs.go:113:12: ... argument does not escape
structs.go:113:13: f escapes to heap
structs.go:116:13: ... argument does not escape
structs.go:116:16: f == g escapes to heap
structs.go:116:23: f.Ratio escapes to heap
structs.go:116:32: g.Ratio escapes to heap
structs.go:119:16: []Point{...} escapes to heap
structs.go:123:13: ... argument does not escape
structs.go:123:13: pts escapes to heap
structs.go:127:13: ... argument does not escape
structs.go:127:13: pts escapes to heap
structs.go:130:18: []*Point{...} does not escape
structs.go:130:19: &Point{...} does not escape
structs.go:130:33: &Point{...} does not escape
structs.go:134:13: ... argument does not escape
structs.go:134:14: *ptrs[0] escapes to heap
structs.go:134:24: *ptrs[1] escapes to heap
structs.go:134:37: len(ptrs) escapes to heap
structs.go:139:13: ... argument does not escape
structs.go:139:13: grid escapes to heap
structs.go:142:13: ... argument does not escape
structs.go:142:19: grid == grid2 escapes to heap
structs.go:142:36: grid[1][0] escapes to heap
structs.go:142:49: grid2[1][0] escapes to heap
structs.go:149:13: ... argument does not escape
structs.go:149:13: anon escapes to heap
structs.go:149:24: anon.A escapes to heap
structs.go:149:32: anon.B escapes to heap
structs.go:150:12: ... argument does not escape
structs.go:150:13: anon escapes to heap
