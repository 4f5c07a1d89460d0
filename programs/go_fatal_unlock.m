go_fatal_unlock.go:9:6: moved to heap: mu
go_fatal_unlock.go:12:13: ... argument does not escape
go_fatal_unlock.go:12:14: "locked and unlocked" escapes to heap
