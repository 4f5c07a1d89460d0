go_panic_wgneg.go:9:6: moved to heap: wg
go_panic_wgneg.go:13:13: ... argument does not escape
go_panic_wgneg.go:13:14: "balanced" escapes to heap
