# triple quoted strings
s = """line one
line two
    indented"""
print(s)
print(len(s.splitlines()))
t = '''it's "fine"'''
print(t)
u = """\
no leading newline"""
print(u)
v = """ends with newline
"""
print(repr(v))
print("""a""" """b""")
