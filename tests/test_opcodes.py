"""The opcode table is the single source of truth: check that everything derived from it agrees."""
import re
from pathlib import Path

import pytest

from govm import opcodes
from govm.disasm import operand

VM_SRC = (Path(__file__).resolve().parent.parent / "govm" / "vm.py").read_text()


def test_opcode_numbers_are_dense_and_unique():
    codes = [op.code for op in opcodes.TABLE]
    assert codes == list(range(len(codes)))
    assert len({op.name for op in opcodes.TABLE}) == len(codes)


@pytest.mark.parametrize("op", opcodes.TABLE, ids=lambda op: op.name)
def test_every_opcode_has_a_vm_branch(op):
    # a branch tests `op == NAME` (possibly among alternatives joined by `or`)
    assert re.search(rf"\bop == {op.name}\b", VM_SRC), f"no dispatch branch for {op.name} in vm.py"


@pytest.mark.parametrize("op", opcodes.TABLE, ids=lambda op: op.name)
def test_every_row_documents_its_operands(op):
    assert set(op.operands) <= set("rinkdsjfgtx")
    assert op.meaning


def test_dispatch_branches_follow_table_order():
    names = re.findall(r"(?:el)?if op == ([A-Z0-9]+)", VM_SRC)
    order = [n for n in names if n in opcodes.BY_NAME]
    firsts = []
    for n in order:
        if n not in firsts:
            firsts.append(n)
    assert firsts == [op.name for op in opcodes.TABLE if op.name in firsts]


def test_encode_checks_operand_count_and_range():
    assert opcodes.encode("ADD", 1, -2, 3) == [opcodes.ADD, 1, -2, 3]
    with pytest.raises(ValueError):
        opcodes.encode("ADD", 1, 2)
    with pytest.raises(ValueError):
        opcodes.encode("LOADI", 0, 2**31)


def test_disassembler_renders_every_operand_kind():
    class P:
        consts = [7, 4607182418800017408, 0, 2]
        data = b"hi"
        funcs = []
        globals_info = [("x", 3, 1, None)]
    assert operand(P, "r", -3) == "R[-3]"
    assert operand(P, "k", 0) == "K[0]=7"
    assert operand(P, "d", 1) == "K[1]=1.0"
    assert operand(P, "s", 2) == 'K[2]="hi"'
    assert operand(P, "j", 12) == "->12"
    assert operand(P, "g", 3) == "G[3](x)"
    assert operand(P, "i", -5) == "-5"
