"""Spawn 100,000 asyncio tasks that each send one value to main (bench/spawn.go)."""
import asyncio


async def send(q, v):
    await q.put(v)


async def main():
    n = 100000
    q = asyncio.Queue(maxsize=1)
    tasks = [asyncio.create_task(send(q, i)) for i in range(n)]
    s = 0
    for _ in range(n):
        s += await q.get()
    await asyncio.gather(*tasks)
    print(s)


asyncio.run(main())
