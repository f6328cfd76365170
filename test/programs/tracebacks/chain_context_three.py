# Three exceptions chained implicitly: each raised while handling the one before.
def parse(text):
    try:
        return int(text)
    except ValueError:
        return {}["fallback"]

def load(text):
    try:
        return parse(text)
    except KeyError as e:
        raise RuntimeError("could not load " + repr(text))

load("abc")
