# An exception inside a property getter and a setter.
class Temperature:
    def __init__(self):
        self._celsius = None

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self._celsius = (value - 32) * 5 / 9

t = Temperature()
t.fahrenheit = 212
print(round(t.fahrenheit))
t.fahrenheit = "hot"
