# return outside of a function (found by the compiler, not the parser).
x = 1
return x
