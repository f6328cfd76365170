# Uncaught custom exception with several args; __str__ of the args tuple.
class ConfigError(Exception):
    pass
print("loading")
raise ConfigError("bad value", 42)
