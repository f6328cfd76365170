# A code object holds its names (co_names, co_varnames): a new global name is no new str when it
# is stored, and an identifier's str counts the code objects that name it.
import sys
b0 = None
b0 = sys.getallocatedblocks(); abc_long_name = 1; print(sys.getallocatedblocks() - b0)
b0 = sys.getallocatedblocks(); abc_long_name = 2; print(sys.getallocatedblocks() - b0)
b0 = sys.getallocatedblocks(); a2 = 1; a3 = 1; a4 = 1; a5 = 1; a6 = 1; print(sys.getallocatedblocks() - b0)
def reads(o):
    return o.some_attr_q
print(sys.getrefcount("some_attr_q"))
del reads
print(sys.getrefcount("some_attr_q"))
