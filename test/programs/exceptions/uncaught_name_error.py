# Uncaught NameError.
def main():
    print("in main")
    return undefined_variable + 1
main()
