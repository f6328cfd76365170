# Single inheritance: overriding, extending, attribute lookup through the chain.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog, an " + super().kind()
class Puppy(Dog):
    def __init__(self, name):
        super().__init__(name + " jr")
p = Puppy("rex")
print(p.speak(), "|", p.kind())
print(Puppy.__bases__[0].__name__, Puppy.__mro__[-1].__name__, [c.__name__ for c in Puppy.__mro__])
print(isinstance(p, Animal), issubclass(Puppy, Animal), issubclass(Animal, Dog))
