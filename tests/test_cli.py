"""The command line's contract: Go's exit statuses and messages, never a hang or a traceback."""


def test_invalid_recursive_type_is_a_compile_error_not_a_hang(govm):
    p = govm("package main\n\ntype T T\n\nfunc main() {}\n")
    assert p.returncode == 1
    lines = p.stderr.decode().splitlines()
    assert lines[0].endswith("prog.go:3:6: invalid recursive type T")
    assert "Traceback" not in p.stderr.decode()


def test_missing_file_is_an_error_with_status_1(govm, tmp_path):
    from conftest import run_govm
    p = run_govm(["run", str(tmp_path / "nope.go")])
    assert p.returncode == 1
    assert b"nope.go" in p.stderr and b"Traceback" not in p.stderr


def test_help_on_every_command():
    from conftest import run_govm
    for args in (["--help"], ["run", "--help"], ["disasm", "--help"], ["build", "--help"]):
        p = run_govm(args)
        assert p.returncode == 0 and b"Usage" in p.stdout
