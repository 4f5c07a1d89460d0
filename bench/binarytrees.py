# The benchmarks game's binary-trees, depth 16, as a plain CPython program.


def bottom_up(depth):
    if depth <= 0:
        return (None, None)
    return (bottom_up(depth - 1), bottom_up(depth - 1))


def check(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check(left) + check(right)


def main():
    n = 16
    min_depth = 4
    max_depth = max(min_depth + 2, n)
    stretch = max_depth + 1
    print(f"stretch tree of depth {stretch}\t check: {check(bottom_up(stretch))}")
    long_lived = bottom_up(max_depth)
    for d in range(min_depth, max_depth + 1, 2):
        iters = 1 << (max_depth - d + min_depth)
        total = 0
        for _ in range(iters):
            total += check(bottom_up(d))
        print(f"{iters}\t trees of depth {d}\t check: {total}")
    print(f"long lived tree of depth {max_depth}\t check: {check(long_lived)}")


main()
