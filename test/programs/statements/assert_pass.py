# Passing asserts do nothing; a failing one with a message is caught.
assert True
assert 1 == 1, "never shown"
try:
    assert 1 > 2, "one is not greater than " + str(2)
except AssertionError as e:
    print("caught:", e, e.args)
try:
    assert []
except AssertionError as e:
    print("no message:", repr(e), e.args)
