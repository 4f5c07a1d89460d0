package main

import "fmt"

func reverseBytes(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func reverseRunes(s string) string {
	var rs []rune
	for _, r := range s {
		rs = append(rs, r)
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	out := ""
	for _, r := range rs {
		out += string(r)
	}
	return out
}

func count(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

func index(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func split(s string, sep byte) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func upper(s string) string {
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		b[i] = c
	}
	return string(b)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func main() {
	s := "hello, world"
	fmt.Println(len(s), s[0], s[7], string(s[7]), s[7:], s[:5], s[3:8])
	fmt.Println(count(s, 'o'), index(s, "world"), index(s, "xyz"))
	fmt.Println(reverseBytes(s), upper(s))
	fmt.Println(split("a,b,,c", ','), len(split("", ',')))
	fmt.Println(itoa(0), itoa(12345), itoa(-9876), itoa(-9223372036854775807))

	// bytes of a UTF-8 string
	u := "héllo, 世界"
	fmt.Println(len(u))
	for i := 0; i < len(u); i++ {
		fmt.Print(u[i], " ")
	}
	fmt.Println()
	for i, r := range u {
		fmt.Print(i, ":", string(r), "(", r, ") ")
	}
	fmt.Println()
	fmt.Println(reverseRunes(u), reverseRunes(""))

	// invalid UTF-8 decodes as U+FFFD, one byte at a time
	bad := "a\xffb\xc3(\xe2\x82z\xf0\x9f\x98\x80\xed\xa0\x80\xc0\xaf"
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	n := 0
	for range bad {
		n++
	}
	fmt.Println("runes:", n, "bytes:", len(bad))

	// []byte and string conversions copy
	b := []byte("abc")
	t := string(b)
	b[0] = 'X'
	fmt.Println(string(b), t, b, len(b), cap(b) >= 3)
	b = append(b, "def"...)
	fmt.Println(string(b))
	fmt.Println(string(b[1:4]))

	// runes
	var rs []rune
	for _, r := range "añb€" {
		rs = append(rs, r)
	}
	fmt.Println(rs, len(rs), string(rs[1]), string(rs[3]))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)) == "\uFFFD")

	// string comparison and concatenation
	words := []string{"pear", "apple", "fig", "banana", "apple"}
	for i := 1; i < len(words); i++ {
		for j := i; j > 0 && words[j] < words[j-1]; j-- {
			words[j], words[j-1] = words[j-1], words[j]
		}
	}
	fmt.Println(words, words[0] == words[1], "a" < "b", "ab" > "a", "" < "a")
	acc := ""
	for i := 0; i < 5; i++ {
		acc += itoa(i) + ";"
	}
	fmt.Println(acc, len(acc))

	// building a string byte by byte
	var out []byte
	for c := byte('a'); c <= 'z'; c += 3 {
		out = append(out, c, c-32)
	}
	fmt.Println(string(out), len(out))

	// substrings share bytes but compare by value
	x := "abcabc"
	fmt.Println(x[:3] == x[3:], x[1:1] == "", len(x[6:]))
	fmt.Printf("%q %v %s %x % x\n", x[2:5], []byte(x[:2]), []byte("hi"), "hi", "hi")

	// string of bytes >= 0x80
	raw := []byte{0xe4, 0xb8, 0x96, 0x41, 0xff}
	fmt.Printf("%q %+q %x\n", string(raw), string(raw), raw)
}
