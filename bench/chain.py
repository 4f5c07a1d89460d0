"""A chain of 10,000 asyncio tasks passing a value along (bench/chain.go)."""
import asyncio


async def f(left, right):
    await left.put(1 + await right.get())


async def main():
    n = 10000
    leftmost = asyncio.Queue(maxsize=1)
    left = right = leftmost
    tasks = []
    for _ in range(n):
        right = asyncio.Queue(maxsize=1)
        tasks.append(asyncio.create_task(f(left, right)))
        left = right
    await right.put(0)
    print(await leftmost.get())
    await asyncio.gather(*tasks)


asyncio.run(main())
