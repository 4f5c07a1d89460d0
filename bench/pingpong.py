"""Ping-pong of 1,000,000 messages between two asyncio tasks (bench/pingpong.go)."""
import asyncio


async def echo(ping, pong):
    while True:
        v = await ping.get()
        if v is None:
            break
        await pong.put(v + 1)


async def main():
    rounds = 500000
    ping = asyncio.Queue(maxsize=1)
    pong = asyncio.Queue(maxsize=1)
    t = asyncio.create_task(echo(ping, pong))
    v = 0
    for _ in range(rounds):
        await ping.put(v)
        v = await pong.get()
    await ping.put(None)
    await t
    print(v)


asyncio.run(main())
