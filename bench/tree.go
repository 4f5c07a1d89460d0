package main

import "fmt"

// A complete binary tree of depth 20 (2^21-1 = 2,097,151 nodes), every node
// a separate &Node{...} heap allocation, then walked recursively twice.

type Node struct {
	Val         int
	Left, Right *Node
}

func build(depth, val int) *Node {
	if depth == 0 {
		return &Node{Val: val}
	}
	return &Node{val, build(depth-1, 2*val), build(depth-1, 2*val+1)}
}

func sum(n *Node) int {
	if n == nil {
		return 0
	}
	return n.Val + sum(n.Left) + sum(n.Right)
}

func count(n *Node) int {
	if n == nil {
		return 0
	}
	return 1 + count(n.Left) + count(n.Right)
}

func main() {
	root := build(20, 1)
	fmt.Println(count(root), sum(root))
}
