"""The concurrent prime sieve with asyncio tasks and queues (bench/sieve.go)."""
import asyncio


async def generate(ch):
    i = 2
    while True:
        await ch.put(i)
        i += 1


async def filt(inq, out, prime):
    while True:
        i = await inq.get()
        if i % prime != 0:
            await out.put(i)


async def main():
    ch = asyncio.Queue(maxsize=1)
    tasks = [asyncio.create_task(generate(ch))]
    s = last = 0
    for _ in range(1000):
        prime = await ch.get()
        s += prime
        last = prime
        ch1 = asyncio.Queue(maxsize=1)
        tasks.append(asyncio.create_task(filt(ch, ch1, prime)))
        ch = ch1
    print(last, s)
    for t in tasks:
        t.cancel()


asyncio.run(main())
