# iterating over strings
s = "héllo"
for c in s:
    print(c, ord(c))
print([c for c in "abc"], list(enumerate("ab")))
it = iter("xy")
print(next(it), next(it), next(it, "end"))
print(list(zip("abc", "12")))
print(any(c.isdigit() for c in "ab1"), all(c.isalpha() for c in "ab1"))
count = 0
for c in "mississippi":
    if c == "s":
        count += 1
print(count)
