package main

import "fmt"

func main() {
	x := 1
	for s := uint(0); s < 70; s += 9 {
		fmt.Println("1 <<", s, "=", x<<s)
	}
	var s uint = 64
	fmt.Println("1<<64 =", x<<s, " -1>>64 =", -1>>s, " 5>>64 =", 5>>s)
	var neg int = -100
	fmt.Println("-100 >> 1 =", neg>>1, " -100 >> 3 =", neg>>3, " -1 >> 10 =", -1>>10)
	var u8 uint8 = 0x81
	fmt.Println("uint8 0x81 << 1 =", u8<<1, " >> 1 =", u8>>1, " << 8 =", u8<<8)
	var i8 int8 = -128
	fmt.Println("int8 -128 >> 7 =", i8>>7, " -128 << 1 =", i8<<1, " >> 20 =", i8>>20)
	var i32 int32 = 1
	fmt.Println("int32 1<<31 =", i32<<31, " 1<<32 =", i32<<32)
	var u32 uint32 = 0xFFFFFFFF
	fmt.Println("uint32 >> 31 =", u32>>31, " << 4 =", u32<<4)
	var u64 uint64 = 1 << 63
	fmt.Println("uint64 1<<63 =", u64, " >> 63 =", u64>>63, " << 1 =", u64<<1)

	a, b := 0xF0F0, 0xFF00
	fmt.Printf("and %x or %x xor %x andnot %x not %x\n", a&b, a|b, a^b, a&^b, ^a)
	var m uint8 = 0x0F
	fmt.Println("^uint8(0x0F) =", ^m, " 0xFF &^ 0x0F =", 0xFF&^m)
	c := 0b1011
	c <<= 2
	c |= 1
	c &^= 4
	c ^= 0x10
	c >>= 1
	fmt.Println("op= chain:", c)

	// count bits
	v := uint64(0xDEADBEEFCAFEBABE)
	count := 0
	for v != 0 {
		count += int(v & 1)
		v >>= 1
	}
	fmt.Println("popcount:", count)
	// shift by a signed count (Go 1.13+)
	k := 3
	fmt.Println(10<<k, 1000>>k)
}
