# Importing a module that sits beside the script; its body runs once.
import helper_mod
import helper_mod as again
print(helper_mod.VALUE, helper_mod.greet("x"), helper_mod.Thing(3))
print(again is helper_mod, helper_mod.__name__)
helper_mod.items.append(1)
import helper_mod
print(helper_mod.items)
