# if/elif/else with truthiness of various values.
def classify(v):
    if v is None:
        return "none"
    elif isinstance(v, bool):
        return "bool"
    elif not v:
        return "falsy"
    elif isinstance(v, (int, float)) and v < 0:
        return "negative"
    else:
        return "truthy"
for v in [None, True, 0, "", [], {}, 0.0, -3, -0.5, "x", [0], (None,)]:
    print(repr(v), classify(v))
