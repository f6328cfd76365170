# Assigning to a literal and to a call.
f() = 5
