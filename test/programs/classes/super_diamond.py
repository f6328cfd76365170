# Cooperative super() in a diamond: each __init__ runs once, in MRO order.
class Base:
    def __init__(self):
        print("Base")
    def who(self):
        return ["Base"]
class Left(Base):
    def __init__(self):
        print("Left")
        super().__init__()
    def who(self):
        return ["Left"] + super().who()
class Right(Base):
    def __init__(self):
        print("Right")
        super().__init__()
    def who(self):
        return ["Right"] + super().who()
class Child(Left, Right):
    def __init__(self):
        print("Child")
        super().__init__()
c = Child()
print(c.who())
print(super(Left, c).who())
