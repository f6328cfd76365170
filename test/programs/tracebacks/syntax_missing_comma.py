# A missing comma between list items on separate lines.
colors = [
    "red"
    "green",
    blue
    yellow,
]
