# A SyntaxError spanning lines is marked to the end of its first line.
compile("x = [1, 2,\n     3 4]\n", "<multi>", "exec")
