# Keyword argument repeated in a call.
print(sep="", sep=" ")
