# A full-width comma typed by an input method.
items = [1， 2]
