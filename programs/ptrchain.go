package main

import "fmt"

// ptrchain: a recursion 20,000 frames deep in which every frame passes the
// address of its own locals down to the next one.  By the time the bottom is
// reached the goroutine stack has been grown (and so copied) many times;
// every pointer into it must have been adjusted to the new copy.  The bottom
// frame walks the whole chain back up through those pointers, and each frame,
// after its callee returns, checks the writes made through its pointers.

const depth = 20000

type frame struct {
	n    int
	val  int
	up   *frame // the caller's frame variable
	cell *int   // a pointer into the caller's local array
	seen int    // written by the bottom frame through the chain
}

func mix(h, v int) int {
	return (h*1000003 ^ v) & 0xffffffffffff
}

// down recurses; f points at the caller's frame variable, slot at one of the
// caller's array elements, total at main's accumulator.
func down(n int, f *frame, slot *int, total *int) int {
	var cells [4]int
	me := frame{n: n, val: n*7 + 3, up: f, cell: slot}
	cells[n%4] = n
	if n == depth {
		// walk all the way back up, reading and writing every frame
		h := 0
		count := 0
		for p := &me; p != nil; p = p.up {
			h = mix(h, p.val)
			if p.cell != nil {
				h = mix(h, *p.cell)
				*p.cell += 1
			}
			p.seen = count
			count++
		}
		*total += count
		return h
	}
	h := down(n+1, &me, &cells[n%4], total)
	// the callee (and everything below it) wrote through our pointers
	if me.seen != depth-n {
		fmt.Println("frame", n, "saw", me.seen)
	}
	if cells[n%4] != n+1 {
		fmt.Println("frame", n, "cell", cells[n%4])
	}
	if me.up != f || me.cell != slot {
		fmt.Println("frame", n, "lost its pointers")
	}
	*total += me.seen
	return mix(h, cells[n%4]+me.seen)
}

// sumDown passes a pointer to a local int down and back: every level adds
// into its caller's variable through the pointer after its own callee is done.
func sumDown(n int, acc *int) {
	local := n
	if n > 0 {
		sumDown(n-1, &local)
	}
	*acc += local
}

// ptrs keeps a pointer to a pointer: the outer one lives in the caller's frame
// and points at a pointer variable in the frame above it.
func ptrs(n int, pp **int) int {
	x := n
	p := &x
	if n == 0 {
		return **pp
	}
	r := ptrs(n-1, &p)
	**pp += r % 1000
	return *p + **pp
}

func main() {
	total := 0
	var root frame
	rootCell := 0
	h := down(0, &root, &rootCell, &total)
	fmt.Println("checksum:", h)
	fmt.Println("total:", total, "root seen:", root.seen, "root cell:", rootCell)

	acc := 0
	sumDown(depth, &acc)
	fmt.Println("sumDown:", acc, acc == depth*(depth+1)/2)

	start := -1
	sp := &start
	fmt.Println("ptrs:", ptrs(depth, &sp), start)
}
