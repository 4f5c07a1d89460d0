class Node:
    __slots__ = ("val", "left", "right")

    def __init__(self, val, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def build(depth, val):
    if depth == 0:
        return Node(val)
    return Node(val, build(depth - 1, 2 * val), build(depth - 1, 2 * val + 1))


def total(n):
    if n is None:
        return 0
    return n.val + total(n.left) + total(n.right)


def count(n):
    if n is None:
        return 0
    return 1 + count(n.left) + count(n.right)


root = build(20, 1)
print(count(root), total(root))
