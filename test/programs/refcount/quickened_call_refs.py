# What a special method sees depends on whether 3.11 has quickened the code: str(k) packs its
# argument until CALL becomes PRECALL_NO_KW_STR_1; d[k] = v adds a reference while k is hashed
# until STORE_SUBSCR becomes STORE_SUBSCR_DICT; a dict display always does (PyDict_SetItem).
import sys
rc = sys.getrefcount
class K:
    def __str__(self): print('str', rc(self)); return 'S'
    def __hash__(self): print('hash', rc(self)); return 1
    def __len__(self): print('len', rc(self)); return 1
    def __repr__(self): print('repr', rc(self)); return 'R'
k = K()
for i in range(12): str(k)
for i in range(3): {k: 1}
d = {}
for i in range(3): d[k] = 1
for i in range(3): hash(k)
for i in range(12): len(k)
for i in range(12): repr(k)
