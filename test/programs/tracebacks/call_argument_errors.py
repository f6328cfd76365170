# TypeError for a call with the wrong arguments, raised at the call site.
def greet(name, greeting="hello"):
    return f"{greeting}, {name}"

print(greet("ann"))
print(greet(greeting="hi"))
