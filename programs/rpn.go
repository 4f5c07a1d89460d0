package main

import "fmt"

// A tokenizer, a shunting-yard parser and a stack machine: strings as bytes,
// structs in slices, a table of closures.

type Token struct {
	Kind byte // 'n' number, 'o' operator, '(' or ')'
	Num  int
	Op   byte
}

type OpEntry struct {
	Op byte
	Fn func(a, b int) int
}

type Machine struct {
	stack []int
	ops   []OpEntry
	steps int
}

func (m *Machine) define(op byte, fn func(a, b int) int) {
	m.ops = append(m.ops, OpEntry{op, fn})
}

func (m *Machine) lookup(op byte) func(a, b int) int {
	for _, e := range m.ops {
		if e.Op == op {
			return e.Fn
		}
	}
	return nil
}

func tokenize(s string) []Token {
	var toks []Token
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ':
			i++
		case c >= '0' && c <= '9':
			n := 0
			for i < len(s) && s[i] >= '0' && s[i] <= '9' {
				n = n*10 + int(s[i]-'0')
				i++
			}
			toks = append(toks, Token{Kind: 'n', Num: n})
		case c == '(' || c == ')':
			toks = append(toks, Token{Kind: c})
			i++
		default:
			toks = append(toks, Token{Kind: 'o', Op: c})
			i++
		}
	}
	return toks
}

func prec(op byte) int {
	switch op {
	case '+', '-':
		return 1
	case '*', '/', '%':
		return 2
	case '^':
		return 3
	}
	return 0
}

func toRPN(toks []Token) []Token {
	var out, ops []Token
	for _, t := range toks {
		switch t.Kind {
		case 'n':
			out = append(out, t)
		case 'o':
			for len(ops) > 0 {
				top := ops[len(ops)-1]
				if top.Kind != 'o' || prec(top.Op) < prec(t.Op) || (prec(top.Op) == prec(t.Op) && t.Op == '^') {
					break
				}
				out = append(out, top)
				ops = ops[:len(ops)-1]
			}
			ops = append(ops, t)
		case '(':
			ops = append(ops, t)
		case ')':
			for ops[len(ops)-1].Kind != '(' {
				out = append(out, ops[len(ops)-1])
				ops = ops[:len(ops)-1]
			}
			ops = ops[:len(ops)-1]
		}
	}
	for i := len(ops) - 1; i >= 0; i-- {
		out = append(out, ops[i])
	}
	return out
}

func rpnString(toks []Token) string {
	var b []byte
	for i, t := range toks {
		if i > 0 {
			b = append(b, ' ')
		}
		if t.Kind == 'n' {
			b = append(b, fmt.Sprint(t.Num)...)
		} else {
			b = append(b, t.Op)
		}
	}
	return string(b)
}

func newMachine() *Machine {
	m := &Machine{}
	m.define('+', func(a, b int) int { return a + b })
	m.define('-', func(a, b int) int { return a - b })
	m.define('*', func(a, b int) int { return a * b })
	m.define('/', func(a, b int) int { return a / b })
	m.define('%', func(a, b int) int { return a % b })
	m.define('^', func(a, b int) int {
		r := 1
		for ; b > 0; b-- {
			r *= a
		}
		return r
	})
	return m
}

func (m *Machine) push(v int) { m.stack = append(m.stack, v) }

func (m *Machine) pop() int {
	v := m.stack[len(m.stack)-1]
	m.stack = m.stack[:len(m.stack)-1]
	return v
}

func (m *Machine) run(prog []Token) int {
	m.stack = m.stack[:0]
	for _, t := range prog {
		m.steps++
		if t.Kind == 'n' {
			m.push(t.Num)
			continue
		}
		b, a := m.pop(), m.pop()
		m.push(m.lookup(t.Op)(a, b))
	}
	return m.pop()
}

func main() {
	m := newMachine()
	exprs := []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"2 ^ 3 ^ 2",
		"100 / 7 % 5 - 3",
		"((15 / (7 - (1 + 1))) * 3) - (2 + (1 + 1))",
		"2 * (3 + 4) * (5 - 6) ^ 3",
		"42",
	}
	for _, e := range exprs {
		toks := tokenize(e)
		rpn := toRPN(toks)
		fmt.Printf("%-45s => %-40s = %d\n", e, rpnString(rpn), m.run(rpn))
	}
	fmt.Println(m.steps, len(m.stack), m.lookup('+') != nil, m.lookup('a') == nil, len(m.ops))
	fmt.Println(tokenize("12+(3)")[0], tokenize("12+(3)")[1:3])

	// a long generated expression
	var src []byte
	for i := 1; i <= 200; i++ {
		if i > 1 {
			src = append(src, "+-*"[i%3])
		}
		src = append(src, fmt.Sprint(i%10)...)
	}
	rpn := toRPN(tokenize(string(src)))
	fmt.Println(len(src), len(rpn), m.run(rpn), m.steps)
}
