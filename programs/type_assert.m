type_assert.go:10:15: v does not escape
type_assert.go:12:20: ... argument does not escape
type_assert.go:12:21: "int " escapes to heap
type_assert.go:12:21: n escapes to heap
type_assert.go:15:20: "string " + s escapes to heap
type_assert.go:18:20: ... argument does not escape
type_assert.go:18:21: "P " escapes to heap
type_assert.go:18:30: p.x + p.y escapes to heap
type_assert.go:21:20: ... argument does not escape
type_assert.go:21:21: "*P " escapes to heap
type_assert.go:21:29: p.x escapes to heap
type_assert.go:27:23: []interface {}{...} does not escape
type_assert.go:27:24: 1 does not escape
type_assert.go:27:27: "a" does not escape
type_assert.go:27:33: P{...} does not escape
type_assert.go:27:41: &P{...} does not escape
type_assert.go:27:51: 2.5 does not escape
type_assert.go:29:14: ... argument does not escape
type_assert.go:29:23: classify(v) escapes to heap
type_assert.go:31:6: 40 does not escape
type_assert.go:32:13: ... argument does not escape
type_assert.go:32:22: v.(int) + 2 escapes to heap
type_assert.go:34:13: ... argument does not escape
type_assert.go:34:13: ok escapes to heap
type_assert.go:37:13: ... argument does not escape
type_assert.go:37:13: ok escapes to heap
type_assert.go:38:13: ... argument does not escape
type_assert.go:38:15: v.(string) escapes to heap
