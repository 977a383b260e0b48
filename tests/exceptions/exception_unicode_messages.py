# exception messages with non-ASCII text
try:
    raise ValueError("größe ungültig: 日本")
except ValueError as e:
    print(e, repr(e), e.args[0][:5])
try:
    {}["ключ"]
except KeyError as e:
    print(e)
try:
    int("١x")
except ValueError as e:
    print(e)
try:
    "é".index("日")
except ValueError as e:
    print(e)
class E(Exception):
    def __str__(self):
        return "custom ✓"
try:
    raise E
except E as e:
    print(str(e), e.args)
