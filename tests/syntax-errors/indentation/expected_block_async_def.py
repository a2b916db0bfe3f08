async def main():
await run()
