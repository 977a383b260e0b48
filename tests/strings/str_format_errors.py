# TypeErrors for common string mistakes
try:
    "count: " + 5
except TypeError as e:
    print("TypeError", e)
try:
    "x".join("a", "b")
except TypeError as e:
    print("TypeError", e)
try:
    "abc".upper(1)
except TypeError as e:
    print("TypeError", e)
try:
    "a".startswith(1)
except TypeError as e:
    print("TypeError", e)
try:
    "abc".replace("a")
except TypeError as e:
    print("TypeError", e)
try:
    len()
except TypeError as e:
    print("TypeError", e)
try:
    str.upper(5)
except TypeError as e:
    print("TypeError", e)
try:
    "a".zfill("3")
except TypeError as e:
    print("TypeError", e)
for fmt in ['{0!', '{0!r', '{0!r:', '{0:', '{0[}', '{0.}', '{!}', '{0!rr}']:
    try:
        print(fmt.format(1))
    except (ValueError, IndexError, AttributeError, KeyError) as e:
        print(type(e).__name__, e)
