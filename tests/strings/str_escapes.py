# string escape sequences
print("tab\there", "nl\\n", "quote\"d", 'single\'s')
print(repr("\a\b\f\n\r\t\v\0"))
print("\x41\x42", "\101\102", "\u00e9", "\U0001F600" == "😀", "\u2022")
print(len("\n"), len("\\n"), len("\x00"), ord("\x7f"))
print("line1\
line2")
print("a\
b" == "ab")
print(repr("\x7f\x80\x9f\xa0\xad"), repr("\u2028"))
print("\"\'", '\'"', "\\")
