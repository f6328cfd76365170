# A __del__ that resurrects: not counted; __del__ never runs again (is_finalized stays True).
import gc
saved = []
class R:
    def __del__(self):
        print("del", self.n)
        saved.append(self)
gc.collect()
r = R(); r.n = 1; r.me = r
del r
print("collect", gc.collect())
print(len(saved), gc.is_finalized(saved[0]))
saved.clear()
print("collect again", gc.collect())
print(len(saved))
