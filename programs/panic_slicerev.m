panic_slicerev.go:6:2: moved to heap: a
panic_slicerev.go:8:13: ... argument does not escape
panic_slicerev.go:8:15: a[1:3] escapes to heap
panic_slicerev.go:9:13: ... argument does not escape
panic_slicerev.go:9:15: a[lo:hi] escapes to heap
