import json

def t(s):
    try:
        print(repr(json.loads(s)))
    except ValueError as e:
        print("ValueError", e)

for s in ["null", "true", "false", "0", "-0", "12", "-12", "123456789012345678901234567890",
          "1.5", "-1.5e3", "1E+2", "2e-3", "0.1", "NaN", "Infinity", "-Infinity",
          '"abc"', '""', '"a\\"b\\\\c\\/d"', '"\\b\\f\\n\\r\\t"', '"\\u00e9\\u20AC"', '"\\ud83d\\ude00"',
          '"é€"', "[]", "{}", " [ 1 , 2 , [ 3 ] ] ", '{"a": 1, "b": [true, null], "c": {"d": "e"}}',
          '{"a": 1, "a": 2}', "\n\t [1]\r\n"]:
    t(s)
print(json.loads(b'{"k": [1, 2.5]}'), json.loads(bytearray(b"[3]")))
print(type(json.loads("1")).__name__, type(json.loads("1.0")).__name__, type(json.loads("1e2")).__name__)
print(list(json.loads('{"z": 1, "a": 2, "m": 3}').keys()))

# errors: JSONDecodeError is a ValueError with CPython's messages and positions
for s in ["", "   ", "[1,]", '{"a" 1}', "{a:1}", "[1 2]", '"abc', '"a\\x"', '"\\u12"', '"ab\\uzzzz"',
          "[1] x", "nul", "tru", '"a\nb"', '{"a":1,}', "-", "[-]", "01", "1.", "1e", "\n  [\n 1,\n  x]",
          '"éé" x', '{"a":1 "b"}', "[1,2", '{"a":1', '{"a"', "{", "[", '{"a":}', "true false"]:
    try:
        json.loads(s)
        print("no error", repr(s))
    except json.JSONDecodeError as e:
        print(isinstance(e, ValueError), e, "|", e.msg, e.pos, e.lineno, e.colno)

try:
    json.loads(1)
except TypeError as e:
    print("TypeError", e)

class R:
    def read(self):
        return '{"from": "stream"}'
print(json.load(R()))
# round trip
v = {"list": [1, 2.25, "s", None, True], "nested": {"x": [[], {}]}, "uni": "\u00e9\U0001F600"}
print(json.loads(json.dumps(v)) == v)
