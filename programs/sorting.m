sorting.go:10:20: a does not escape
sorting.go:15:11: insertionSort ignoring self-assignment in a[j + 1] = a[j]
sorting.go:22:16: a does not escape
sorting.go:36:15: quickSort ignoring self-assignment in a[i], a[j] = a[j], a[i]
sorting.go:45:16: leaking param: a to result ~r0 level=0
sorting.go:51:13: make([]int, 0, len(a)) escapes to heap
sorting.go:65:15: a does not escape
sorting.go:77:14: siftDown ignoring self-assignment in a[i], a[c] = a[c], a[i]
sorting.go:82:15: a does not escape
sorting.go:87:14: heapSort ignoring self-assignment in a[0], a[n] = a[n], a[0]
sorting.go:93:13: leaking param: ps
sorting.go:93:26: less does not escape
sorting.go:96:19: sortBy ignoring self-assignment in ps[j], ps[j - 1] = ps[j - 1], ps[j]
sorting.go:101:15: a does not escape
sorting.go:111:13: make([]int, n) escapes to heap
sorting.go:119:15: a does not escape
sorting.go:127:19: a does not escape
sorting.go:141:16: []int{...} escapes to heap
sorting.go:144:13: ... argument does not escape
sorting.go:144:13: a escapes to heap
sorting.go:144:13: small escapes to heap
sorting.go:147:13: ... argument does not escape
sorting.go:147:13: b escapes to heap
sorting.go:147:26: mergeSort(small) escapes to heap
sorting.go:147:26: small escapes to heap
sorting.go:150:13: ... argument does not escape
sorting.go:150:13: c escapes to heap
sorting.go:153:38: []func([]int){...} does not escape
sorting.go:154:12: make([]int, len(big)) escapes to heap
sorting.go:157:14: ... argument does not escape
sorting.go:157:23: isSorted(x) escapes to heap
sorting.go:157:36: checksum(x) escapes to heap
sorting.go:157:42: x[0] escapes to heap
sorting.go:157:48: x[len(x) - 1] escapes to heap
sorting.go:161:13: ... argument does not escape
sorting.go:161:22: isSorted(h) escapes to heap
sorting.go:161:35: checksum(h) escapes to heap
sorting.go:161:41: h[0] escapes to heap
sorting.go:161:47: h[len(h) - 1] escapes to heap
sorting.go:163:13: ... argument does not escape
sorting.go:163:22: isSorted(m) escapes to heap
sorting.go:163:35: checksum(m) escapes to heap
sorting.go:163:48: isSorted(big) escapes to heap
sorting.go:164:13: ... argument does not escape
sorting.go:164:26: binarySearch(m, 500) escapes to heap
sorting.go:164:48: binarySearch(m, -1) escapes to heap
sorting.go:164:69: binarySearch(m, 1000) escapes to heap
sorting.go:164:83: len(m) escapes to heap
sorting.go:166:20: []Person{...} escapes to heap
sorting.go:169:17: func literal does not escape
sorting.go:169:22: a does not escape
sorting.go:169:25: b does not escape
sorting.go:170:13: ... argument does not escape
sorting.go:170:13: people escapes to heap
sorting.go:171:17: func literal does not escape
sorting.go:171:22: a does not escape
sorting.go:171:25: b does not escape
sorting.go:172:13: ... argument does not escape
sorting.go:172:13: people escapes to heap
sorting.go:173:19: func literal does not escape
sorting.go:173:24: a does not escape
sorting.go:173:27: b does not escape
sorting.go:180:12: ... argument does not escape
sorting.go:180:13: people escapes to heap
sorting.go:185:13: ... argument does not escape
sorting.go:185:13: arr escapes to heap
sorting.go:187:13: ... argument does not escape
sorting.go:187:13: arr escapes to heap
