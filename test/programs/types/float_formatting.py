# Formatting floats with format(), round() and str().
vals = [0.0, -0.0, 1.5, 2.675, 1e-10, 123456789.123, 1/3, 1e100]
for v in vals:
    print(format(v, ".2f"), format(v, "e"), format(v, ".3g"), format(v, "10.4"), format(v, ""), str(v))
print(format(1234.5, ",.1f"), format(0.5, "%"), format(-1.25, "+08.2f"), format(3.0, "g"), format(1e16, "g"))
print(f"{float('nan'):f} {float('inf'):e} {float('-inf'):g} {1.0:.0f} {0.5:.0f} {1.5:.0f} {2.5:.0f}")
