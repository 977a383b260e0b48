# bytes methods
b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.upper(), b.lower())
print(b.split(b","), b"a b  c".split(), b"a,b".split(b",", 1))
print(b"-".join([b"a", b"b"]), b"abc".replace(b"b", b"XX"), b"abcabc".count(b"bc"))
print(b"abc".find(b"c"), b"abc".find(b"z"), b"abc".index(b"b"), b"abc".startswith(b"ab"), b"abc".endswith(b"bc"))
print(b"\x01\xab".hex(), bytes.fromhex("01ab ff"), b"abc".hex())
print(b"abc".decode(), b"ABC".isupper(), b"123".isdigit(), b"ab".isalpha())
print(b"k=v".partition(b"="), b"abc".center(7, b"*"), b"7".zfill(3))
try:
    b"abc".index(b"z")
except ValueError as e:
    print("ValueError", e)
