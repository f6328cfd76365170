# Template subclasses (another delimiter, another idpattern through re), get_identifiers, is_valid
from string import Template

class Percent(Template):
    delimiter = "%"

class Dotted(Template):
    idpattern = r"[a-z]+(?:\.[a-z]+)*"

print(Percent("%name owes %%%amount").substitute(name="ann", amount=5))
print(Percent("%x %{y}").safe_substitute(x=1))
print(Dotted("$user.name is ${user.age}").substitute({"user.name": "bo", "user.age": 3}))
t = Template("$a $b ${a} $$ ${c}")
print(t.get_identifiers(), t.is_valid(), Template("$ ok").is_valid(), Template("${bad").is_valid())
try:
    Template("${bad").get_identifiers()
except ValueError as e:
    print("ValueError:", e)
print(Template("${x}y$xy").safe_substitute(x="X"), Template("$X").safe_substitute(x=1))
print(Template("日本 $名前").safe_substitute({"名前": 1}))
mapping = {"who": "world"}
print(Template("hello $who").substitute(mapping, who="override"), mapping)
