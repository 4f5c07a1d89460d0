ptrchain.go:28:18: f does not escape
ptrchain.go:28:28: slot does not escape
ptrchain.go:28:39: total does not escape
ptrchain.go:51:14: ... argument does not escape
ptrchain.go:51:15: "frame" escapes to heap
ptrchain.go:51:15: n escapes to heap
ptrchain.go:51:27: "saw" escapes to heap
ptrchain.go:51:36: me.seen escapes to heap
ptrchain.go:54:14: ... argument does not escape
ptrchain.go:54:15: "frame" escapes to heap
ptrchain.go:54:15: n escapes to heap
ptrchain.go:54:27: "cell" escapes to heap
ptrchain.go:54:40: cells[n % 4] escapes to heap
ptrchain.go:57:14: ... argument does not escape
ptrchain.go:57:15: "frame" escapes to heap
ptrchain.go:57:15: n escapes to heap
ptrchain.go:57:27: "lost its pointers" escapes to heap
ptrchain.go:65:21: acc does not escape
ptrchain.go:75:18: pp does not escape
ptrchain.go:91:13: ... argument does not escape
ptrchain.go:91:14: "checksum:" escapes to heap
ptrchain.go:91:14: h escapes to heap
ptrchain.go:92:13: ... argument does not escape
ptrchain.go:92:14: "total:" escapes to heap
ptrchain.go:92:14: total escapes to heap
ptrchain.go:92:31: "root seen:" escapes to heap
ptrchain.go:92:49: root.seen escapes to heap
ptrchain.go:92:56: "root cell:" escapes to heap
ptrchain.go:92:56: rootCell escapes to heap
ptrchain.go:96:13: ... argument does not escape
ptrchain.go:96:14: "sumDown:" escapes to heap
ptrchain.go:96:14: acc escapes to heap
ptrchain.go:96:35: acc == depth * (depth + 1) / 2 escapes to heap
ptrchain.go:100:13: ... argument does not escape
ptrchain.go:100:14: "ptrs:" escapes to heap
ptrchain.go:100:27: ptrs(depth, &sp) escapes to heap
ptrchain.go:100:27: start escapes to heap
