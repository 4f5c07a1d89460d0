package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func sum(n *Node, k int) int {
	t := 0
	for i := 0; i < k; i++ {
		t += n.Val
		n = n.Next
	}
	return t
}

func main() {
	list := &Node{1, &Node{2, &Node{3, nil}}}
	fmt.Println(sum(list, 3))
	fmt.Println(sum(list, 4))
}
