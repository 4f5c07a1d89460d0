"""Goroutines at run time: the deadlock report, the runtime's panics and fatal
errors, runtime.NumGoroutine, --trace-sched, the end of main, preemption, and
per-goroutine stacks.

Every expected message was checked against go1.19 (``go build`` + run); the
goroutine ids of non-main goroutines are not compared (Go's depend on
GOMAXPROCS: its first user goroutine is 6 with one P and 18 with two).
"""
import re

import pytest


def err_lines(p):
    return p.stderr.decode(errors="replace").splitlines()


# ---------------------------------------------------------------- deadlock

DEADLOCK = "fatal error: all goroutines are asleep - deadlock!"

DEADLOCKS = {
    "chan receive": "c := make(chan int)\n\t<-c",
    "chan send": "c := make(chan int)\n\tc <- 1",
    "chan receive (nil chan)": "var c chan int\n\t<-c",
    "chan send (nil chan)": "var c chan int\n\tc <- 1",
    "select": "a, b := make(chan int), make(chan int)\n\tselect {\n\tcase <-a:\n\tcase b <- 1:\n\t}",
    "select (no cases)": "select {}",
    "semacquire": "var wg sync.WaitGroup\n\twg.Add(1)\n\twg.Wait()",
    "semacquire ": "var mu sync.Mutex\n\tmu.Lock()\n\tmu.Lock()",     # Go 1.19: a Mutex waits in semacquire
}


@pytest.mark.parametrize("reason", list(DEADLOCKS))
def test_deadlock_report_names_main_and_its_wait_reason(govm, reason):
    body = DEADLOCKS[reason]
    imports = 'import "sync"\n\n' if "sync." in body else ""
    p = govm(f"package main\n\n{imports}func main() {{\n\tprintln(\"before\")\n\t{body}\n}}\n")
    assert p.returncode == 2, p.stderr
    assert p.stdout == b""
    lines = err_lines(p)
    assert lines[:5] == ["before", DEADLOCK, "", f"goroutine 1 [{reason.strip()}]:", "main.main()"], lines
    assert re.fullmatch(r"\t\S+prog\.go:\d+ \+0x[0-9a-f]+", lines[5]), lines


BLOCKED_OTHERS = """package main

import "fmt"

func worker(c chan int) {
	c <- 1
}

func main() {
	c := make(chan int)
	d := make(chan int)
	go worker(c)
	go func() { <-d }()
	fmt.Println(<-c)
	<-c
}
"""


def test_deadlock_lists_blocked_goroutines_with_creator(govm):
    p = govm(BLOCKED_OTHERS)
    assert p.returncode == 2
    assert p.stdout == b"1\n"
    text = p.stderr.decode()
    assert text.startswith(DEADLOCK + "\n\ngoroutine 1 [chan receive]:\nmain.main()\n"), text
    # the worker finished; the closure is still blocked on d
    blocks = text.rstrip("\n").split("\n\n")[1:]
    assert len(blocks) == 2, text
    other = blocks[1].splitlines()
    assert re.fullmatch(r"goroutine (\d+) \[chan receive\]:", other[0]), other
    assert int(other[0].split()[1]) != 1
    assert other[1] == "main.main.func1()"
    assert re.fullmatch(r"\t\S+prog\.go:13 \+0x[0-9a-f]+", other[2]), other
    assert other[3] == "created by main.main"
    assert re.fullmatch(r"\t\S+prog\.go:13 \+0x[0-9a-f]+", other[4]), other
    assert "main.worker" not in text


def test_deadlock_lists_every_blocked_goroutine(govm):
    p = govm("""package main

import "sync"

func main() {
	var wg sync.WaitGroup
	c := make(chan int)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c <- 1
		}()
	}
	println(<-c)
	wg.Wait()
}
""")
    assert p.returncode == 2
    text = p.stderr.decode()
    assert text.startswith("1\n" + DEADLOCK + "\n\ngoroutine 1 [semacquire]:\n"), text
    senders = re.findall(r"\ngoroutine (\d+) \[chan send\]:\nmain\.main\.func1\(\)\n\t\S+:12 \+0x[0-9a-f]+\n"
                         r"created by main\.main\n", text)
    assert len(senders) == 2 and len(set(senders)) == 2, text


# ---------------------------------------------------------------- panics and fatal errors

PANICS = {
    "send on closed channel": ("c := make(chan int, 1)\n\tclose(c)\n\tc <- 1", "panic: send on closed channel"),
    "close of closed channel": ("c := make(chan int)\n\tclose(c)\n\tclose(c)", "panic: close of closed channel"),
    "close of nil channel": ("var c chan int\n\tclose(c)", "panic: close of nil channel"),
    "negative WaitGroup": ("var wg sync.WaitGroup\n\twg.Add(1)\n\twg.Done()\n\twg.Done()",
                           "panic: sync: negative WaitGroup counter"),
    "negative WaitGroup Add": ("var wg sync.WaitGroup\n\twg.Add(-1)", "panic: sync: negative WaitGroup counter"),
    "unlock of unlocked mutex": ("var mu sync.Mutex\n\tmu.Unlock()", "fatal error: sync: unlock of unlocked mutex"),
    "unlock twice": ("var mu sync.Mutex\n\tmu.Lock()\n\tmu.Unlock()\n\tmu.Unlock()",
                     "fatal error: sync: unlock of unlocked mutex"),
}


@pytest.mark.parametrize("name", list(PANICS))
def test_runtime_panics_in_main(govm, name):
    body, first = PANICS[name]
    imports = 'import (\n\t"fmt"\n\t"sync"\n)\n\n' if "sync." in body else 'import "fmt"\n\n'
    p = govm(f"package main\n\n{imports}func main() {{\n\tfmt.Println(\"start\")\n\t{body}\n\tfmt.Println(\"not reached\")\n}}\n")
    assert p.returncode == 2, p.stderr
    assert p.stdout == b"start\n"
    lines = err_lines(p)
    assert lines[:4] == [first, "", "goroutine 1 [running]:", "main.main()"], lines


def test_panic_in_a_goroutine_names_it_and_its_creator(govm):
    p = govm("""package main

import "fmt"

func closer(c chan int) {
	close(c)
}

func main() {
	c := make(chan int)
	close(c)
	done := make(chan bool)
	go closer(c)
	<-done
	fmt.Println("not reached")
}
""")
    assert p.returncode == 2
    assert p.stdout == b""
    lines = err_lines(p)
    assert lines[0] == "panic: close of closed channel"
    assert lines[1] == ""
    m = re.fullmatch(r"goroutine (\d+) \[running\]:", lines[2])
    assert m and m.group(1) != "1", lines
    assert lines[3] == "main.closer(...)" or lines[3].startswith("main.closer(")
    assert "created by main.main" in lines


# ---------------------------------------------------------------- NumGoroutine and the end of main

NUMG = """package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	block := make(chan int)
	done := make(chan bool)
	for i := 0; i < 5; i++ {
		go func() {
			<-block
			done <- true
		}()
	}
	runtime.Gosched()
	fmt.Println(runtime.NumGoroutine())
	close(block)
	for i := 0; i < 5; i++ {
		<-done
	}
	for i := 0; i < 100 && runtime.NumGoroutine() > 1; i++ {
		runtime.Gosched()
	}
	fmt.Println(runtime.NumGoroutine())
}
"""


def test_num_goroutine_counts_live_goroutines(govm):
    p = govm(NUMG)
    assert p.returncode == 0, p.stderr
    assert p.stdout == b"1\n6\n1\n"
    assert p.stderr == b""


def test_main_returning_ends_the_program_while_others_are_blocked(govm):
    p = govm("""package main

import "fmt"

func main() {
	c := make(chan int)
	var nilc chan int
	for i := 0; i < 10; i++ {
		go func() { <-c }()
		go func() { nilc <- 1 }()
		go func() { select {} }()
	}
	go func() {
		for {
		}
	}()
	fmt.Println("main done")
}
""")
    assert p.returncode == 0, p.stderr
    assert p.stdout == b"main done\n"
    assert p.stderr == b""


def test_os_exit_from_a_goroutine_ends_the_program(govm):
    p = govm("""package main

import (
	"fmt"
	"os"
)

func main() {
	go func() {
		fmt.Println("goroutine exits with 3")
		os.Exit(3)
	}()
	select {}
}
""")
    assert p.returncode == 3, p.stderr
    assert p.stdout == b"goroutine exits with 3\n"
    assert p.stderr == b""


# ---------------------------------------------------------------- --trace-sched

TRACED = """package main

import "fmt"

func main() {
	c := make(chan int)
	go func() { c <- 42 }()
	fmt.Println(<-c)
}
"""


def test_trace_sched_reports_create_block_ready_exit(govm):
    plain = govm(TRACED)
    p = govm(TRACED, "--trace-sched")
    assert p.returncode == 0, p.stderr
    assert p.stdout == plain.stdout == b"42\n"
    lines = err_lines(p)
    created = [re.fullmatch(r"sched: g(\d+) created by g1", l) for l in lines]
    created = [m.group(1) for m in created if m]
    assert len(created) == 1, lines
    g = created[0]
    assert "sched: g1 blocks [chan receive]" in lines
    assert "sched: g1 ready" in lines
    assert f"sched: g{g} exits" in lines
    assert lines.index(f"sched: g{g} created by g1") < lines.index("sched: g1 blocks [chan receive]") \
        < lines.index("sched: g1 ready")
    assert all(l.startswith("sched: ") for l in lines), lines


def test_trace_sched_wait_reasons(govm):
    p = govm("""package main

import "sync"

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	c := make(chan int)
	mu.Lock()
	wg.Add(2)
	go func() {
		c <- 1
		wg.Done()
	}()
	go func() {
		mu.Lock()
		wg.Done()
	}()
	select {
	case <-c:
	}
	mu.Unlock()
	wg.Wait()
}
""", "--trace-sched")
    assert p.returncode == 0, p.stderr
    text = p.stderr.decode()
    assert "sched: g1 blocks [select]" in text or "blocks [chan send]" in text, text
    assert "blocks [semacquire]" in text, text
    assert len(re.findall(r"sched: g\d+ created by g1", text)) == 2
    assert len(re.findall(r"sched: g\d+ exits", text)) >= 2


# ---------------------------------------------------------------- preemption

def test_spinning_goroutine_does_not_starve_main(govm):
    p = govm("""package main

import "fmt"

var flag bool

func main() {
	started := make(chan bool)
	go func() {
		flag = true
		started <- true
		for {
		}
	}()
	<-started
	sum := 0
	for i := 0; i < 2000000; i++ {
		sum += i
	}
	fmt.Println(flag, sum)
}
""")
    assert p.returncode == 0, p.stderr
    assert p.stdout == b"true 1999999000000\n"


def test_many_spinners_and_a_recursive_spinner(govm):
    p = govm("""package main

import "fmt"

func spin(n int) int {
	if n == 0 {
		for {
		}
	}
	return spin(n-1) + 1
}

func main() {
	ready := make(chan int)
	for i := 0; i < 4; i++ {
		go func(i int) {
			ready <- i
			for {
			}
		}(i)
	}
	go func() {
		ready <- 10
		spin(100)
	}()
	total := 0
	for i := 0; i < 5; i++ {
		total += <-ready
	}
	x := 1
	for i := 0; i < 300000; i++ {
		x = (x*31 + i) % 1000003
	}
	fmt.Println(total, x)
}
""")
    assert p.returncode == 0, p.stderr
    x = 1
    for i in range(300000):
        x = (x * 31 + i) % 1000003
    assert p.stdout == f"16 {x}\n".encode()


# ---------------------------------------------------------------- stacks stay per goroutine

STACKS = """package main

import (
	"fmt"
	"runtime"
)

// Each frame keeps a local whose address its callee reads and writes back
// after the return: any stack copy that touched another goroutine's stack,
// or missed a pointer, changes the checksum.
func deep(n int, parent *int, salt int) int {
	local := n*salt + 1
	if parent != nil {
		local += *parent % 1000
	}
	if n%200 == 0 {
		runtime.Gosched()
	}
	if n == 0 {
		return local
	}
	r := deep(n-1, &local, salt)
	if parent != nil {
		*parent += 1
	}
	return (r + local) % 1000000007
}

func main() {
	const depth = 10000
	res := make(chan [2]int)
	for _, salt := range []int{3, 7} {
		go func(salt int) {
			res <- [2]int{salt, deep(depth, nil, salt)}
		}(salt)
	}
	got := map2(<-res, <-res)
	fmt.Println(got[0], got[1], deep(2000, nil, 5))
}

func map2(a, b [2]int) [2]int {
	if a[0] == 3 {
		return [2]int{a[1], b[1]}
	}
	return [2]int{b[1], a[1]}
}
"""


def deep_py(n, salt):
    """deep() of STACKS, iteratively: the expected values."""
    locals_ = [0] * (n + 1)     # locals_[k]: the local of the frame with argument k
    parent = None
    for k in range(n, -1, -1):
        local = k * salt + 1
        if parent is not None:
            local += locals_[parent] % 1000
        locals_[k] = local
        parent = k
    r = locals_[0]
    for k in range(1, n + 1):
        if k >= 2:
            locals_[k] += 1      # the callee's *parent += 1 (frame 0 returns before it)
        r = (r + locals_[k]) % 1000000007
    return r


def test_goroutine_stacks_grow_independently(govm):
    want = f"{deep_py(10000, 3)} {deep_py(10000, 7)} {deep_py(2000, 5)}\n".encode()
    p = govm(STACKS, "--trace-stacks")
    assert p.returncode == 0, p.stderr
    assert p.stdout == want
    grows = re.findall(rb"stack: g(\d+) grow (\d+) -> (\d+)", p.stderr)
    by_g = {}
    for g, old, new in grows:
        by_g.setdefault(int(g), []).append((int(old), int(new)))
    # main and both goroutines each grew their own stack, each from 2 KB, doubling
    assert len(by_g) == 3, p.stderr[-2000:]
    for seq in by_g.values():
        assert seq[0][0] == 2048
        assert all(new == 2 * old for old, new in seq)
        assert all(a[1] == b[0] for a, b in zip(seq, seq[1:]))
    # the &local chain lives on the stacks: every copy rebased it
    adjusted = [int(x) for x in re.findall(rb"adjusted (\d+) pointers", p.stderr)]
    assert adjusted and max(adjusted) > 1000


def test_goroutine_stacks_under_stress_stack(govm):
    want = f"{deep_py(10000, 3)} {deep_py(10000, 7)} {deep_py(2000, 5)}\n".encode()
    p = govm(STACKS, env={"GOVM_STRESS_STACK": "1", "GOVM_CHECK_HEAP": "1"})
    assert p.returncode == 0, p.stderr
    assert p.stdout == want
