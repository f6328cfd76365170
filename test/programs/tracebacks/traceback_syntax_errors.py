# SyntaxError and IndentationError as print_exc / format_exception_only show them
import traceback

sources = [
    "x = (1,\n",
    "def f(:\n    pass\n",
    "if True:\nprint(1)\n",
    "a = 1 +\n",
    "for x in range(3):\n    pass\n  y = 2\n",
    "print 'hello'\n",
    "x = [1, 2, 3)\n",
    "\tif x:\n\t\t1 = 2\n",
]
for src in sources:
    try:
        compile(src, "snippet.py", "exec")
    except SyntaxError as e:
        traceback.print_exc()
        print(traceback.format_exception_only(e))
