# position markers under attribute calls, subscripts and operators inside methods, via print_exc
import traceback

class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def cell(self, i, j):
        return self.rows[i][j]

    def scaled(self, k):
        return [[value * k for value in row] for row in self.rows]

    def ratio(self, i, j):
        return self.cell(i, j) / self.cell(j, i)

m = Matrix([[1, 2], [0, 4]])
for action in (lambda: m.cell(5, 0), lambda: m.ratio(0, 1), lambda: m.scaled(None) + m.rows,
               lambda: m.missing()):
    try:
        action()
    except Exception:
        traceback.print_exc()
m.ratio(1, 0)
