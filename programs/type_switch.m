type_switch.go:10:15: leaking param: v
type_switch.go:15:20: ... argument does not escape
type_switch.go:15:21: "int " escapes to heap
type_switch.go:15:30: x * 2 escapes to heap
type_switch.go:17:20: ... argument does not escape
type_switch.go:17:21: "string or bool " escapes to heap
type_switch.go:19:20: ... argument does not escape
type_switch.go:19:21: "P " escapes to heap
type_switch.go:19:30: x.x + x.y escapes to heap
type_switch.go:24:20: ... argument does not escape
type_switch.go:24:21: "other " escapes to heap
type_switch.go:29:7: &P{...} escapes to heap
type_switch.go:30:33: []interface {}{...} does not escape
type_switch.go:30:39: 21 escapes to heap
type_switch.go:30:43: "s" escapes to heap
type_switch.go:30:48: true escapes to heap
type_switch.go:30:55: P{...} escapes to heap
type_switch.go:30:66: 1.5 escapes to heap
type_switch.go:30:76: []int{...} escapes to heap
type_switch.go:31:14: ... argument does not escape
type_switch.go:31:23: describe(v) escapes to heap
type_switch.go:33:13: ... argument does not escape
type_switch.go:33:15: p.x escapes to heap
type_switch.go:34:6: 7 does not escape
type_switch.go:37:14: ... argument does not escape
type_switch.go:37:15: "no" escapes to heap
type_switch.go:39:14: ... argument does not escape
type_switch.go:39:15: "int, no binding" escapes to heap
