"""Goroutine stacks: the MORESTACK prologue, copy-on-grow, the overflow limit, tracing."""
import re

DEPTH = """package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func main() {
	fmt.Println(depth(%d))
}
"""


def test_recursion_one_million_deep(govm):
    p = govm(DEPTH % 1_000_000)
    assert p.returncode == 0, p.stderr
    assert p.stdout == b"1000000\n"


def test_trace_stacks_reports_each_doubling(govm):
    p = govm(DEPTH % 10_000, "--trace-stacks")
    assert p.returncode == 0, p.stderr
    assert p.stdout == b"10000\n"
    events = re.findall(rb"stack: g1 grow (\d+) -> (\d+) in (\S+) \(frame (\d+) B\), copied (\d+) B", p.stderr)
    assert events, p.stderr
    sizes = [(int(a), int(b)) for a, b, *_ in events]
    assert sizes[0][0] == 2048
    for (old, new), nxt in zip(sizes, sizes[1:] + [None]):
        assert new == 2 * old
        if nxt:
            assert nxt[0] == new
    assert all(fn == b"depth" for _, _, fn, _, _ in events)
    for old, new, fn, frame, copied in events:
        assert 0 < int(copied) <= int(old)
        assert int(frame) > 0
    # the stack that holds 10000 frames is the first power of two that fits them
    frame = int(events[0][3])
    assert sizes[-1][1] >= 10_000 * frame
    assert sizes[-1][1] < 4 * 10_000 * frame


def test_both_spellings_of_trace_stacks(govm, tmp_path):
    from conftest import run_govm
    src = tmp_path / "d.go"
    src.write_text(DEPTH % 1000)
    a = run_govm(["--trace-stacks", "run", str(src)])
    b = run_govm(["run", "--trace-stacks", str(src)])
    assert a.returncode == b.returncode == 0
    assert a.stderr == b.stderr and b"stack: g1 grow" in a.stderr
    assert a.stdout == b.stdout == b"1000\n"


def test_trace_stacks_keeps_stdout_untouched(govm):
    plain = govm(DEPTH % 5000)
    traced = govm(DEPTH % 5000, "--trace-stacks")
    assert plain.stdout == traced.stdout
    assert plain.stderr == b""


OVERFLOW = """package main

func f(n int) int {
	var a, b, c, d int = n, n + 1, n + 2, n + 3
	return f(a+b+c+d) + 1
}

func main() {
	f(0)
}
"""


def test_stack_overflow_message_and_exit_status(govm):
    p = govm(OVERFLOW, "--max-stack", "1000000")
    assert p.returncode == 2
    lines = p.stderr.decode().splitlines()
    assert lines[0] == "runtime: goroutine stack exceeds 1000000-byte limit"
    assert lines[1].startswith("runtime: sp=")
    assert lines[2] == "fatal error: stack overflow"
    assert "goroutine 1 [running]:" in lines
    assert "main.f(...)" in lines
    assert "...additional frames elided..." in lines


def test_stack_overflow_at_go_default_limit(govm):
    p = govm(OVERFLOW)
    assert p.returncode == 2
    lines = p.stderr.decode().splitlines()
    assert lines[0] == "runtime: goroutine stack exceeds 1000000000-byte limit"
    assert lines[2] == "fatal error: stack overflow"


def test_stress_stack_moves_every_frame_and_keeps_results(govm):
    src = DEPTH % 3000
    normal = govm(src)
    stressed = govm(src, "--trace-stacks", env={"GOVM_STRESS_STACK": "1"})
    assert stressed.returncode == 0, stressed.stderr
    assert stressed.stdout == normal.stdout
    # every prologue moved the stack: 3001 calls of depth, plus main and the runtime's entry
    events = stressed.stderr.count(b"stack: g1 move") + stressed.stderr.count(b"stack: g1 grow")
    assert events >= 3001 + 2


def test_disasm_shows_frames_and_prologue(govm):
    p = govm(DEPTH % 3, cmd="disasm")
    assert p.returncode == 0, p.stderr
    text = p.stdout.decode()
    m = re.search(r"func main\.depth  frame (\d+) B", text)
    assert m, text
    body = text[m.start():].split("\n\n")[0].splitlines()
    # the first instruction of every function is its MORESTACK check, with the frame size
    first = [l for l in body if re.match(r"\s+\d+\s+L\d+", l)][0]
    assert "MORESTACK" in first and first.split()[-1] == m.group(1)
    assert "CALL" in text and "main.depth" in text
    assert "; param  R[0] n int" in text


BAD_ESCAPE = """package main

type box struct{ p *int }

func grow(n int) int {
	if n == 0 {
		return 0
	}
	var pad [16]int
	pad[0] = n
	return grow(n-1) + pad[0] - n
}

func main() {
	x := 5
	b := &box{}
	b.p = &x
	grow(1000)
	println(*b.p)
}
"""


def run_in_process(src, tmp_path, escapes_none=False, **opts):
    """Compile and run in this process; with escapes_none, pretend escape
    analysis kept every variable on the stack (to provoke what it prevents)."""
    import io
    from govm import checker, compiler, parser
    from govm.runtime import Machine, Options
    path = tmp_path / "p.go"
    path.write_text(src)
    f = parser.parse(src, str(path))
    info = checker.check(f, str(path))
    if escapes_none:
        info.escape_analyzed = True
    prog = compiler.compile_program(f, info, str(path))
    out, err = io.BytesIO(), io.BytesIO()
    code = Machine(prog, Options(stdout=out, stderr=err, **opts)).run()
    return code, out.getvalue(), err.getvalue()


def test_check_heap_catches_a_heap_pointer_into_a_stack(tmp_path):
    code, out, err = run_in_process(BAD_ESCAPE, tmp_path, escapes_none=True, check_heap=True)
    assert code == 2
    assert err.startswith(b"fatal error: govm: a heap object points into a goroutine stack")


def test_check_heap_is_quiet_when_escape_decisions_hold(tmp_path):
    code, out, err = run_in_process(BAD_ESCAPE, tmp_path, check_heap=True)
    assert code == 0, err
    assert err == b"5\n"


CHAIN = """package main

import "fmt"

func chain(depth int, prev *int, sum *int) {
	local := depth
	if depth == 0 {
		return
	}
	if prev != nil {
		*sum += *prev
	}
	chain(depth-1, &local, sum)
	if local != depth || (prev != nil && *prev != depth+1) {
		panic("lost")
	}
}

func main() {
	total := 0
	chain(20000, nil, &total)
	fmt.Println(total)
}
"""


def test_copy_stack_adjusts_pointers_to_stack_locals(tmp_path):
    # with every local on the stack, each copy must rebase the &local chain
    code, out, err = run_in_process(CHAIN, tmp_path, escapes_none=True, trace_stacks=True)
    assert code == 0, err
    assert out == b"200009999\n"
    adjusted = [int(x) for x in re.findall(rb"adjusted (\d+) pointers", err)]
    assert adjusted and adjusted[-1] > 10000
    # stress: every prologue moves the stack, and the old one is poisoned
    code, out2, err2 = run_in_process(CHAIN, tmp_path, escapes_none=True, stress_stack=True)
    assert code == 0, err2
    assert out2 == out
