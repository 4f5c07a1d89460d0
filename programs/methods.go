package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Get() int { return c.n }

func (c *Counter) Inc() { c.n++ }

func (c *Counter) Add(k int) *Counter {
	c.n += k
	return c
}

func (c Counter) Describe() string {
	return c.name + "=" + fmt.Sprint(c.n)
}

// a value receiver works on a copy
func (c Counter) IncCopy() Counter {
	c.n++
	return c
}

type Vec struct{ X, Y float64 }

func (v Vec) Add(w Vec) Vec       { return Vec{v.X + w.X, v.Y + w.Y} }
func (v Vec) Scale(k float64) Vec { return Vec{v.X * k, v.Y * k} }
func (v Vec) Dot(w Vec) float64   { return v.X*w.X + v.Y*w.Y }
func (v *Vec) Normalize() {
	// integer-valued normalisation to keep output exact
	if v.X < 0 {
		v.X = -v.X
	}
	if v.Y < 0 {
		v.Y = -v.Y
	}
}

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

func (l IntList) Len() int { return len(l) }

type Stack struct {
	items []string
}

func (s *Stack) Push(x string) { s.items = append(s.items, x) }
func (s *Stack) Pop() string {
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x
}
func (s *Stack) Empty() bool { return len(s.items) == 0 }

type Grid [3][3]int

func (g *Grid) Set(i, j, v int) { g[i][j] = v }
func (g Grid) Trace() int       { return g[0][0] + g[1][1] + g[2][2] }

type Account struct {
	balance int
	history []int
}

func (a *Account) Deposit(x int) {
	a.balance += x
	a.history = append(a.history, x)
}

func (a *Account) Withdraw(x int) bool {
	if x > a.balance {
		return false
	}
	a.balance -= x
	a.history = append(a.history, -x)
	return true
}

func main() {
	c := Counter{name: "c"}
	c.Inc() // (&c).Inc()
	c.Inc()
	fmt.Println(c.Get(), c.Describe())
	d := c.IncCopy()
	fmt.Println(c.n, d.n)
	c.Add(10).Add(5).Inc()
	fmt.Println(c.Describe())

	pc := &c
	pc.Inc()
	fmt.Println(pc.Get(), (*pc).Get(), c.n) // value method through pointer

	counters := []Counter{{name: "a"}, {name: "b"}}
	for i := range counters {
		counters[i].Add(i + 1) // addressable slice element
	}
	counters[1].Inc()
	fmt.Println(counters[0].Describe(), counters[1].Describe())

	var arr [2]Counter
	arr[0].Inc()
	arr[1].Add(3)
	fmt.Println(arr[0].n, arr[1].n)

	v := Vec{3, -4}
	w := Vec{1, 2}
	fmt.Println(v.Add(w), v.Scale(2), v.Dot(w))
	v.Normalize()
	fmt.Println(v, v.Add(w).Scale(0.5))

	temp := Celsius(100)
	fmt.Println(temp.ToF(), Fahrenheit(212).ToC(), Celsius(-40).ToF())

	var l IntList
	for i := 1; i <= 10; i++ {
		l.Push(i * i)
	}
	fmt.Println(l, l.Len(), l.Sum())

	var st Stack
	for _, w := range []string{"x", "y", "z"} {
		st.Push(w)
	}
	for !st.Empty() {
		fmt.Print(st.Pop())
	}
	fmt.Println()

	var g Grid
	for i := 0; i < 3; i++ {
		g.Set(i, i, i+1)
	}
	fmt.Println(g, g.Trace())

	acct := &Account{}
	acct.Deposit(100)
	fmt.Println(acct.Withdraw(30), acct.Withdraw(100), acct.balance, acct.history)
	fmt.Printf("%+v\n", *acct)

	// method expression-free use: method called on a struct returned by a function
	fmt.Println(Counter{name: "tmp", n: 9}.Describe(), Vec{1, 1}.Dot(Vec{2, 3}))
}
