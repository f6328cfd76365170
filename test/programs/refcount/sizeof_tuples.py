# sys.getsizeof of tuples grows by one pointer per item.
import sys
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2)), sys.getsizeof(tuple(range(10))))
print([sys.getsizeof(tuple(range(n))) for n in range(6)])
