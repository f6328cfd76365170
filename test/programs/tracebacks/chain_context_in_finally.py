# An exception raised in `finally` while another one propagates.
def work():
    try:
        return 1 / 0
    finally:
        print("cleaning up")
        None.close()

work()
