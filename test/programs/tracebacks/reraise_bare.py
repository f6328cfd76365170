# A bare `raise` in an except block re-raises with the original traceback.
def risky(n):
    return [1, 2, 3][n]

def wrapper():
    try:
        risky(10)
    except IndexError:
        print("logging and re-raising")
        raise

wrapper()
