primes.go:24:14: ... argument does not escape
primes.go:24:15: n escapes to heap
primes.go:40:13: ... argument does not escape
primes.go:40:14: "primes below 20000:" escapes to heap
primes.go:40:14: total escapes to heap
primes.go:40:44: "sum:" escapes to heap
primes.go:40:44: sum escapes to heap
primes.go:56:12: ... argument does not escape
primes.go:56:13: gap escapes to heap
primes.go:56:13: gapAt escapes to heap
primes.go:56:13: twins escapes to heap
