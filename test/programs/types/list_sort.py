# list.sort and sorted: key, reverse, stability.
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
by_name = sorted(people)
print(sorted(by_name, key=lambda p: p[1]))
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
nums = [5, 2, 9, 1]
nums.sort(reverse=True)
print(nums, sorted("hello"), sorted({3: "a", 1: "b"}), sorted([]))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
print(sorted([2.5, 1, True, -3]), sorted([[2], [1, 5], [1]]))
