# A SyntaxError from compile() at run time: shown with the offending text and a caret.
source = "x = (1 +\n"
print("compiling")
code = compile("total = 1 +* 2", "<config>", "exec")
