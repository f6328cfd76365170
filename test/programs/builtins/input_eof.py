# input() with stdin at EOF raises EOFError; uncaught after one catch.
try:
    input()
except EOFError as e:
    print("caught EOFError:", e)
print("prompting")
value = input("prompt> ")
print("not reached", value)
