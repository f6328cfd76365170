# Markers stay aligned when the line has non-ASCII text before the failing expression.
prices = {"café": 3, "thé": 2}
résumé = "Prix: " + prices["café"] + " €"
