"""One million asyncio tasks alive at once, each blocked on an event, then released and joined (bench/million.go)."""
import asyncio


async def main():
    n = 1000000
    release = asyncio.Event()

    async def waiter():
        await release.wait()

    tasks = [asyncio.create_task(waiter()) for _ in range(n)]
    await asyncio.sleep(0)          # every task starts and blocks
    alive = len(asyncio.all_tasks())
    release.set()
    await asyncio.gather(*tasks)
    print(alive)


asyncio.run(main())
