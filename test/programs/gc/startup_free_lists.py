# The first dicts, lists and tuples a script makes come from the free lists CPython's startup left
# behind, so they do not move gc.get_count() (nor does freeing them). (Only dicts and 2-tuples are
# used: their free lists hold 8 each after CPython's startup with or without site's imports.)
import gc
gc.disable()
c0 = gc.get_count()[0]
dicts = [{} for _ in range(3)]
print('3 dicts', gc.get_count()[0] - c0)
c0 = gc.get_count()[0]
pairs = [(i, -i) for i in range(6)]
print('6 pairs', gc.get_count()[0] - c0)
