# case methods
s = "Hello World from Krait"
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize())
print("hELLO".capitalize(), "".upper(), "123abc".upper(), "a1b2".title())
print("abc".isupper(), "ABC".isupper(), "abc".islower(), "Abc".istitle())
print("abc".isalpha(), "ab1".isalpha(), "123".isdigit(), "12a".isdigit(), "".isdigit())
print("abc1".isalnum(), "ab c".isalnum(), "  \t\n".isspace(), "".isspace(), " a".isspace())
print("Straße".upper(), "ÉCOLE".lower(), "ß".lower())
print("x".isidentifier(), "1x".isidentifier(), "_a1".isidentifier())
print("ǅ".upper() == "Ǆ", "casefold".casefold())
