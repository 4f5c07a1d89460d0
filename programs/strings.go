package main

import "fmt"

func repeat(s string, n int) string {
	r := ""
	for i := 0; i < n; i++ {
		r += s
	}
	return r
}

func max(a, b string) string {
	if a > b {
		return a
	}
	return b
}

func main() {
	s := "hello"
	t := s + ", " + "world"
	fmt.Println(t, len(t))
	fmt.Println(len(""), len("日本語"), len("\xff"), len("a\tb\n"))
	fmt.Println(s == "hello", s != "hello", "abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a")
	fmt.Println(max("apple", "banana"), max("zeta", "alpha"), max("", "x"))
	fmt.Printf("%q %q %q %q\n", "tab\there", "quote\"d", "日本", "\x00\x7f")
	fmt.Printf("%s|%10s|%-10s|%q\n", s, s, s, "")
	fmt.Printf("%x %x\n", "hi", "日")
	fmt.Println(repeat("ab", 5), len(repeat("xyz", 100)))
	var u string
	fmt.Println(u == "", len(u))
	u += "grow"
	u += "ing"
	fmt.Println(u)
	fmt.Printf("%c%c%c %c\n", 71, 111, 33, 0x4E16)
	fmt.Printf("%q %q\n", 120, 0x263A)
	fmt.Printf("%v %c\n", 65, 65)
	multi := `raw
string with \n no escapes`
	fmt.Println(multi)
	fmt.Println(len(multi))
	a, b := "first", "second"
	a, b = b, a
	fmt.Println(a, b)
	const greeting = "hi" + " " + "there"
	fmt.Println(greeting, len(greeting))
	var bs byte = 122
	fmt.Println(bs)
	fmt.Printf("%c %x %d\n", bs, bs, bs)
	fmt.Printf("%5t|%-6t|%v\n", true, false, "a" < "b")
}
