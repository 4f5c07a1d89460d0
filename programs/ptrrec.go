package main

import "fmt"

// N-Queens: the board lives in main; the recursion gets pointers to it and to
// the solution counter.
type board struct {
	n               int
	cols, d1, d2    [16]bool
	queens          [16]int
	solutions, hits int
}

func place(b *board, row int) {
	if row == b.n {
		b.solutions++
		if b.solutions == 1 {
			fmt.Println("first solution:", b.queens[:b.n])
		}
		return
	}
	for c := 0; c < b.n; c++ {
		if b.cols[c] || b.d1[row+c] || b.d2[row-c+b.n] {
			continue
		}
		b.hits++
		b.cols[c], b.d1[row+c], b.d2[row-c+b.n] = true, true, true
		b.queens[row] = c
		place(b, row+1)
		b.cols[c], b.d1[row+c], b.d2[row-c+b.n] = false, false, false
	}
}

// Towers of Hanoi on three slices reached through a pointer to an array of them.
func hanoi(n int, from, to, via int, pegs *[3][]int, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, pegs, moves)
	src := &pegs[from]
	disk := (*src)[len(*src)-1]
	*src = (*src)[:len(*src)-1]
	pegs[to] = append(pegs[to], disk)
	*moves++
	hanoi(n-1, via, to, from, pegs, moves)
}

// permutations through a pointer to the result and to a shared scratch slice
func permute(xs []int, k int, out *[][]int) {
	if k == len(xs) {
		cp := make([]int, len(xs))
		copy(cp, xs)
		*out = append(*out, cp)
		return
	}
	for i := k; i < len(xs); i++ {
		xs[k], xs[i] = xs[i], xs[k]
		permute(xs, k+1, out)
		xs[k], xs[i] = xs[i], xs[k]
	}
}

// flood fill on a grid owned by the caller
const W, H = 12, 8

func fill(g *[H][W]byte, x, y int, from, to byte, count *int) {
	if x < 0 || y < 0 || x >= W || y >= H || g[y][x] != from {
		return
	}
	g[y][x] = to
	*count++
	fill(g, x+1, y, from, to, count)
	fill(g, x-1, y, from, to, count)
	fill(g, x, y+1, from, to, count)
	fill(g, x, y-1, from, to, count)
}

// an expression tree built and evaluated recursively
type Expr struct {
	Op          byte
	Val         int
	Left, Right *Expr
}

func num(v int) *Expr               { return &Expr{Op: 'n', Val: v} }
func bin(op byte, l, r *Expr) *Expr { return &Expr{Op: op, Left: l, Right: r} }

func eval(e *Expr) int {
	switch e.Op {
	case '+':
		return eval(e.Left) + eval(e.Right)
	case '-':
		return eval(e.Left) - eval(e.Right)
	case '*':
		return eval(e.Left) * eval(e.Right)
	}
	return e.Val
}

func str(e *Expr) string {
	if e.Op == 'n' {
		return fmt.Sprint(e.Val)
	}
	return "(" + str(e.Left) + " " + string(e.Op) + " " + str(e.Right) + ")"
}

// simplify rewrites the tree in place through pointers to the links.
func simplify(link **Expr) {
	e := *link
	if e.Op == 'n' {
		return
	}
	simplify(&e.Left)
	simplify(&e.Right)
	if e.Left.Op == 'n' && e.Right.Op == 'n' {
		*link = num(eval(e))
	} else if e.Op == '*' && e.Left.Op == 'n' && e.Left.Val == 1 {
		*link = e.Right
	}
}

// build a deep tree: (((1 + 2) * 1) + 3) ...
func chain(n int) *Expr {
	e := num(1)
	for i := 2; i <= n; i++ {
		if i%3 == 0 {
			e = bin('*', num(1), e)
		} else {
			e = bin('+', e, num(i))
		}
	}
	return e
}

// results returned through out-parameters at every level
func minMaxSum(xs []int, lo, hi, sum *int) {
	if len(xs) == 0 {
		return
	}
	if xs[0] < *lo {
		*lo = xs[0]
	}
	if xs[0] > *hi {
		*hi = xs[0]
	}
	*sum += xs[0]
	minMaxSum(xs[1:], lo, hi, sum)
}

func main() {
	for n := 4; n <= 8; n++ {
		b := board{n: n}
		place(&b, 0)
		fmt.Println(n, "queens:", b.solutions, "placements tried:", b.hits)
	}

	var pegs [3][]int
	for d := 10; d >= 1; d-- {
		pegs[0] = append(pegs[0], d)
	}
	moves := 0
	hanoi(10, 0, 2, 1, &pegs, &moves)
	fmt.Println("hanoi:", moves, pegs[0], pegs[1], pegs[2])

	var perms [][]int
	permute([]int{1, 2, 3, 4}, 0, &perms)
	fmt.Println(len(perms), perms[0], perms[1], perms[23])

	var g [H][W]byte
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			g[y][x] = '.'
			if x == 5 || (y == 4 && x > 7) {
				g[y][x] = '#'
			}
		}
	}
	g[2][5] = '.'
	count := 0
	fill(&g, 0, 0, '.', 'o', &count)
	fmt.Println("filled:", count)
	for y := 0; y < H; y++ {
		fmt.Println(string(g[y][:]))
	}

	e := bin('*', bin('+', num(2), num(3)), bin('-', num(10), bin('*', num(1), num(4))))
	fmt.Println(str(e), "=", eval(e))
	simplify(&e)
	fmt.Println(str(e))
	long := chain(30)
	fmt.Println(str(long), "=", eval(long))
	deep := chain(3000)
	v := eval(deep)
	simplify(&deep)
	fmt.Println(v, deep.Op == 'n', deep.Val)

	xs := []int{5, -3, 12, 7, 0, 99, -40, 8}
	lo, hi, sum := xs[0], xs[0], 0
	minMaxSum(xs, &lo, &hi, &sum)
	fmt.Println(lo, hi, sum)
}
