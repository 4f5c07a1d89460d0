package main

import "fmt"

type Tree struct {
	Key         int
	Count       int
	Left, Right *Tree
}

// insert returns the (possibly new) root.
func insert(t *Tree, k int) *Tree {
	if t == nil {
		return &Tree{Key: k, Count: 1}
	}
	if k < t.Key {
		t.Left = insert(t.Left, k)
	} else if k > t.Key {
		t.Right = insert(t.Right, k)
	} else {
		t.Count++
	}
	return t
}

// insertIter walks a pointer to the link to replace.
func insertIter(root **Tree, k int) {
	link := root
	for *link != nil {
		t := *link
		if k == t.Key {
			t.Count++
			return
		}
		if k < t.Key {
			link = &t.Left
		} else {
			link = &t.Right
		}
	}
	*link = &Tree{Key: k, Count: 1}
}

func walk(t *Tree, visit func(*Tree)) {
	if t == nil {
		return
	}
	walk(t.Left, visit)
	visit(t)
	walk(t.Right, visit)
}

func inorder(t *Tree, out *[]int) {
	if t != nil {
		inorder(t.Left, out)
		*out = append(*out, t.Key)
		inorder(t.Right, out)
	}
}

func height(t *Tree) int {
	if t == nil {
		return 0
	}
	l, r := height(t.Left), height(t.Right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func size(t *Tree) int {
	if t == nil {
		return 0
	}
	return size(t.Left) + 1 + size(t.Right)
}

func find(t *Tree, k int) *Tree {
	for t != nil && t.Key != k {
		if k < t.Key {
			t = t.Left
		} else {
			t = t.Right
		}
	}
	return t
}

func min(t *Tree) *Tree {
	for t.Left != nil {
		t = t.Left
	}
	return t
}

func remove(t *Tree, k int) *Tree {
	if t == nil {
		return nil
	}
	switch {
	case k < t.Key:
		t.Left = remove(t.Left, k)
	case k > t.Key:
		t.Right = remove(t.Right, k)
	default:
		if t.Left == nil {
			return t.Right
		}
		if t.Right == nil {
			return t.Left
		}
		m := min(t.Right)
		t.Key, t.Count = m.Key, m.Count
		t.Right = remove(t.Right, m.Key)
	}
	return t
}

func levels(t *Tree) [][]int {
	var out [][]int
	queue := []*Tree{t}
	for len(queue) > 0 {
		var level []int
		var next []*Tree
		for _, n := range queue {
			level = append(level, n.Key)
			if n.Left != nil {
				next = append(next, n.Left)
			}
			if n.Right != nil {
				next = append(next, n.Right)
			}
		}
		out = append(out, level)
		queue = next
	}
	return out
}

func mirror(t *Tree) *Tree {
	if t == nil {
		return nil
	}
	return &Tree{Key: t.Key, Count: t.Count, Left: mirror(t.Right), Right: mirror(t.Left)}
}

func equal(a, b *Tree) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Key == b.Key && a.Count == b.Count && equal(a.Left, b.Left) && equal(a.Right, b.Right)
}

func balanced(keys []int) *Tree {
	if len(keys) == 0 {
		return nil
	}
	mid := len(keys) / 2
	return &Tree{Key: keys[mid], Count: 1, Left: balanced(keys[:mid]), Right: balanced(keys[mid+1:])}
}

func show(t *Tree) string {
	if t == nil {
		return "."
	}
	if t.Left == nil && t.Right == nil {
		return fmt.Sprint(t.Key)
	}
	return "(" + show(t.Left) + " " + fmt.Sprint(t.Key) + " " + show(t.Right) + ")"
}

func main() {
	var root *Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 30, 65, 20, 20} {
		root = insert(root, k)
	}
	fmt.Println(show(root))
	var keys []int
	inorder(root, &keys)
	fmt.Println(keys, size(root), height(root))
	walk(root, func(t *Tree) {
		if t.Count > 1 {
			fmt.Print(t.Key, "x", t.Count, " ")
		}
	})
	fmt.Println()
	fmt.Println(levels(root))
	fmt.Println(find(root, 65) != nil, find(root, 66) == nil, find(root, 40).Key)
	fmt.Println(*find(root, 80))

	m := mirror(root)
	fmt.Println(show(m), equal(root, m), equal(mirror(m), root))

	root = remove(root, 50)
	root = remove(root, 20)
	root = remove(root, 99)
	fmt.Println(show(root), size(root))

	// a bigger tree built iteratively
	var big *Tree
	x := 42
	for i := 0; i < 20000; i++ {
		x = (x*1103515245 + 12345) % 2147483648
		insertIter(&big, x%50000)
	}
	total, dups, last, ordered := 0, 0, -1, true
	walk(big, func(t *Tree) {
		total += t.Count
		if t.Count > 1 {
			dups++
		}
		if t.Key <= last {
			ordered = false
		}
		last = t.Key
	})
	fmt.Println(total, size(big), dups, ordered, height(big))

	// a balanced tree from sorted keys
	var sortedKeys []int
	for i := 1; i <= 1023; i++ {
		sortedKeys = append(sortedKeys, i*3)
	}
	b := balanced(sortedKeys)
	fmt.Println(size(b), height(b), b.Key, min(b).Key, len(levels(b)), levels(b)[2])
}
