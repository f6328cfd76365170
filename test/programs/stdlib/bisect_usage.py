# bisect: grade tables, insort, key=, lo/hi bounds, errors
import bisect

def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
a = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(a, v)
print(a, bisect.bisect_left(a, 5), bisect.bisect_right(a, 5), bisect.bisect(a, 0), bisect.bisect(a, 10))
print(bisect.bisect_left(a, 5, 0, 3), bisect.bisect_right(a, 1, lo=3))
people = [('amy', 20), ('bob', 25), ('cat', 31)]
print(bisect.bisect(people, 26, key=lambda p: p[1]))
bisect.insort(people, ('dan', 27), key=lambda p: p[1])
print(people)
bisect.insort_left(a, 5)
print(a)
for bad in [lambda: bisect.bisect(a, 1, -1), lambda: bisect.bisect(None, 1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
