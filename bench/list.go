package main

import "fmt"

// A singly linked list of 1,000,000 &Node{...} allocations, built by
// prepending, then walked: summed, reversed in place, and summed again
// with position weights.

type Node struct {
	Val  int
	Next *Node
}

func main() {
	var head *Node
	for i := 0; i < 1000000; i++ {
		n := &Node{Val: i % 1000, Next: head}
		head = n
	}
	length, sum := 0, 0
	for p := head; p != nil; p = p.Next {
		length++
		sum += p.Val
	}
	var prev *Node
	for head != nil {
		next := head.Next
		head.Next = prev
		prev = head
		head = next
	}
	head = prev
	weighted, i := 0, 0
	for p := head; p != nil; p = p.Next {
		weighted = (weighted + i*p.Val) % 1000000007
		i++
	}
	fmt.Println(length, sum, weighted, head.Val)
}
