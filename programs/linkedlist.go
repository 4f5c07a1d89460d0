package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head *Node
	tail *Node
	size int
}

func (l *List) PushBack(v int) {
	n := &Node{Val: v}
	if l.tail == nil {
		l.head = n
	} else {
		l.tail.Next = n
	}
	l.tail = n
	l.size++
}

func (l *List) PushFront(v int) {
	n := &Node{v, l.head}
	l.head = n
	if l.tail == nil {
		l.tail = l.head
	}
	l.size++
}

func (l *List) PopFront() (int, bool) {
	if l.head == nil {
		return 0, false
	}
	n := l.head
	l.head = n.Next
	if l.head == nil {
		l.tail = nil
	}
	l.size--
	return n.Val, true
}

func (l *List) String() string {
	s := "["
	for n := l.head; n != nil; n = n.Next {
		if n != l.head {
			s += " -> "
		}
		s += fmt.Sprint(n.Val)
	}
	return s + "]"
}

// Remove deletes every node holding v, using a pointer to the link being examined.
func (l *List) Remove(v int) int {
	removed := 0
	var prev *Node
	for link := &l.head; *link != nil; {
		n := *link
		if n.Val == v {
			*link = n.Next
			removed++
			l.size--
		} else {
			prev = n
			link = &n.Next
		}
	}
	l.tail = prev
	return removed
}

func reverse(head *Node) *Node {
	var prev *Node
	for head != nil {
		next := head.Next
		head.Next = prev
		prev = head
		head = next
	}
	return prev
}

func reverseRec(n *Node) *Node {
	if n == nil || n.Next == nil {
		return n
	}
	rest := reverseRec(n.Next)
	n.Next.Next = n
	n.Next = nil
	return rest
}

func fromSlice(xs []int) *Node {
	var head *Node
	for i := len(xs) - 1; i >= 0; i-- {
		n := &Node{xs[i], head}
		head = n
	}
	return head
}

func toSlice(n *Node) []int {
	var out []int
	for ; n != nil; n = n.Next {
		out = append(out, n.Val)
	}
	return out
}

func insertSorted(head **Node, v int) {
	for *head != nil && (*head).Val < v {
		head = &(*head).Next
	}
	n := &Node{v, *head}
	*head = n
}

func merge(a, b *Node) *Node {
	var dummy Node
	t := &dummy
	for a != nil && b != nil {
		if a.Val <= b.Val {
			t.Next, a = a, a.Next
		} else {
			t.Next, b = b, b.Next
		}
		t = t.Next
	}
	if a != nil {
		t.Next = a
	} else {
		t.Next = b
	}
	return dummy.Next
}

func mergeSort(head *Node) *Node {
	if head == nil || head.Next == nil {
		return head
	}
	slow, fast := head, head.Next
	for fast != nil && fast.Next != nil {
		slow = slow.Next
		fast = fast.Next.Next
	}
	second := slow.Next
	slow.Next = nil
	return merge(mergeSort(head), mergeSort(second))
}

func hasCycle(head *Node) bool {
	slow, fast := head, head
	for fast != nil && fast.Next != nil {
		slow = slow.Next
		fast = fast.Next.Next
		if slow == fast {
			return true
		}
	}
	return false
}

func main() {
	var l List
	fmt.Println(l.String(), l.size)
	for i := 1; i <= 5; i++ {
		l.PushBack(i * 10)
	}
	l.PushFront(0)
	fmt.Println(l.String(), l.size)
	v, ok := l.PopFront()
	fmt.Println(v, ok, l.String())
	l.PushBack(20)
	l.PushFront(20)
	fmt.Println(l.String(), l.Remove(20), l.String(), l.size, l.tail.Val)
	fmt.Println(l.Remove(50), l.String(), l.tail.Val)
	for {
		v, ok := l.PopFront()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println(l.head == nil, l.tail == nil, l.size)

	h := fromSlice([]int{1, 2, 3, 4, 5, 6})
	fmt.Println(toSlice(h))
	h = reverse(h)
	fmt.Println(toSlice(h))
	h = reverseRec(h)
	fmt.Println(toSlice(h))

	var sorted *Node
	x := 12345
	for i := 0; i < 20; i++ {
		x = (x*7919 + 17) % 1000
		insertSorted(&sorted, x)
	}
	fmt.Println(toSlice(sorted))

	// merge sort a long list
	var big *Node
	x = 1
	for i := 0; i < 5000; i++ {
		x = (x*1103515245 + 12345) % 2147483648
		n := &Node{Val: x % 100000}
		n.Next = big
		big = n
	}
	big = mergeSort(big)
	prev, n, okSorted, sum := -1, 0, true, 0
	for p := big; p != nil; p = p.Next {
		if p.Val < prev {
			okSorted = false
		}
		prev = p.Val
		n++
		sum += p.Val
	}
	fmt.Println(n, okSorted, sum, big.Val, prev)

	// a cycle
	c := fromSlice([]int{1, 2, 3, 4})
	fmt.Println(hasCycle(c))
	last := c
	for last.Next != nil {
		last = last.Next
	}
	last.Next = c.Next
	fmt.Println(hasCycle(c))
	last.Next = nil

	// nodes are shared, not copied
	a := &Node{1, nil}
	b := &Node{2, a}
	c2 := &Node{3, a}
	a.Val = 100
	fmt.Println(b.Next.Val, c2.Next.Val, b.Next == c2.Next)
	cp := *b
	cp.Val = 7
	fmt.Println(b.Val, cp.Val, cp.Next == a)
	fmt.Println(*a, b.Next.Next)
}
