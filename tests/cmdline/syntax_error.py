# a SyntaxError in the file: nothing runs; CPython prints the line and a caret
print("never printed")
x = = 1
