# A tab-indented line inconsistent with space indentation.
if True:
        a = 1
	b = 2
