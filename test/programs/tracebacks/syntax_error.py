# A SyntaxError in the main script: nothing runs, the error is reported with a caret.
print("this never runs")
def broken(:
    pass
