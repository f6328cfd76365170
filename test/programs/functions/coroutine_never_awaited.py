# A coroutine freed without ever being awaited: the RuntimeWarning, at the line running then.
async def a():
    return 1
a()
print('end')
