# A failing expression inside a bracketed multi-line statement.
table = {"x": 1, "y": 2}
total = (
    table["x"]
    + table["z"]
)
