# Frames of instance methods, classmethods and staticmethods: the frame name is the function name.
class Account:
    rate = 0.5

    def __init__(self, balance):
        self.balance = balance

    @classmethod
    def from_text(cls, text):
        return cls(cls.parse(text))

    @staticmethod
    def parse(text):
        return float(text.strip())

    def interest(self):
        return self.balance * self.rate

print(Account.from_text(" 10 ").interest())
Account.from_text("ten")
