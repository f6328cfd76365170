# classmethod and staticmethod: binding and inheritance.
class Shape:
    count = 0
    def __init__(self):
        type(self).count += 1
    @classmethod
    def create(cls):
        return cls()
    @classmethod
    def name(cls):
        return cls.__name__
    @staticmethod
    def area(w, h):
        return w * h
class Square(Shape):
    count = 0
s = Square.create()
print(type(s).__name__, Square.count, Shape.count, Square.name(), s.name())
print(Shape.area(3, 4), s.area(2, 2), Shape.create().name())
print(type(Shape.__dict__["create"]).__name__, type(Shape.__dict__["area"]).__name__)
