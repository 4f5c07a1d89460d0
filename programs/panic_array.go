package main

import "fmt"

type Grid struct {
	cells [4][4]int
}

func (g *Grid) set(x, y, v int) {
	g.cells[y][x] = v
}

func main() {
	var g Grid
	for i := 0; i < 4; i++ {
		g.set(i, i, i+1)
	}
	fmt.Println(g.cells)
	g.set(2, -1+5, 9)
}
