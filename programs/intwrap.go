package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8 127+1 =", i8)
	i8 = -128
	i8--
	fmt.Println("int8 -128-1 =", i8)
	var m8 int8 = -128
	m8 = -m8
	fmt.Println("int8 -(-128) =", m8)
	i8 = 100
	i8 *= 3
	fmt.Println("int8 100*3 =", i8)

	var u8 uint8 = 255
	u8++
	fmt.Println("uint8 255+1 =", u8)
	u8 = 0
	u8--
	fmt.Println("uint8 0-1 =", u8)
	var b byte = 200
	b += 100
	fmt.Println("byte 200+100 =", b)

	var i16 int16 = 32767
	i16 += 2
	fmt.Println("int16 32767+2 =", i16)
	var u16 uint16 = 65535
	u16 *= u16
	fmt.Println("uint16 65535*65535 =", u16)

	var i32 int32 = 2147483647
	i32++
	fmt.Println("int32 max+1 =", i32)
	i32 = 65536
	i32 *= 65536
	fmt.Println("int32 65536*65536 =", i32)
	var u32 uint32 = 4294967295
	u32 += 10
	fmt.Println("uint32 max+10 =", u32)
	u32 = 0
	u32 = u32 - 1
	fmt.Println("uint32 0-1 =", u32)

	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println("int64 max+1 =", i64)
	i64 = -i64
	fmt.Println("-(int64 min) =", i64)
	var u64 uint64 = 18446744073709551615
	u64++
	fmt.Println("uint64 max+1 =", u64)
	u64--
	fmt.Println("uint64 0-1 =", u64)

	var n int = 9223372036854775807
	n += 1
	fmt.Println("int max+1 =", n)
	var un uint = 0
	un--
	fmt.Println("uint 0-1 =", un)

	// multiplication overflow, hashing style
	var h uint32 = 2166136261
	for k := 0; k < 10; k++ {
		h ^= uint32(k)
		h *= 16777619
	}
	fmt.Println("fnv-ish hash:", h)
	var h64 uint64 = 14695981039346656037
	for k := 0; k < 10; k++ {
		h64 ^= uint64(k)
		h64 *= 1099511628211
	}
	fmt.Println("fnv64-ish hash:", h64)

	// conversions truncate and sign-extend
	big := 1000
	fmt.Println(int8(big), uint8(big), int16(big*100), uint16(big*100))
	neg := -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg), uint(neg))
	var x uint8 = 0xF0
	fmt.Println(int8(x), int64(int8(x)), uint64(x))
	var three int64 = 3000000000
	var m2 int8 = -2
	fmt.Printf("%d %d %d\n", int32(three), int64(int32(neg)), uint32(m2))
}
