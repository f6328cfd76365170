# An exception raised inside __add__ and __eq__, reached through operators.
class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency

    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError(f"cannot add {self.currency} and {other.currency}")
        return Money(self.amount + other.amount, self.currency)

    def __eq__(self, other):
        return self.amount == other.amount

print((Money(1, "EUR") + Money(2, "EUR")).amount)
print(Money(1, "EUR") == Money(1, "USD"))
total = Money(1, "EUR") + Money(2, "USD")
