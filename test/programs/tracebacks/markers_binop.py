# Markers under the operator of a failing binary operation, operands marked with ~.
width = 10
height = "5"
label = "area"
area = width  *  2 + width * height - 1
