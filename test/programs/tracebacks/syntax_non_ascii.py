# A syntax error after non-ASCII text: the caret is placed by characters.
nom = "café" + + * 2
