# raw strings
print(r"\n\t\\", len(r"\n"), r"C:\path\to\file")
print(r"\x41", r"\u00e9", r"a\'b", r'"quoted"')
print(repr(r"\d+\s*"), rb"\x00" == b"\\x00")
print(R"upper R\n", r"""raw
triple\n""")
print(r"\\" == "\\\\")
