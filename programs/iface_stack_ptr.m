iface_stack_ptr.go:11:12: v does not escape
iface_stack_ptr.go:21:18: g does not escape
iface_stack_ptr.go:46:14: make([]byte, 512) escapes to heap
iface_stack_ptr.go:51:12: []int{...} does not escape
iface_stack_ptr.go:53:13: ... argument does not escape
iface_stack_ptr.go:53:13: total escapes to heap
iface_stack_ptr.go:53:23: s == nil escapes to heap
