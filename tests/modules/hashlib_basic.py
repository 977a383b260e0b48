import hashlib

msgs = [b"", b"abc", b"a" * 55, b"a" * 56, b"a" * 63, b"a" * 64, b"a" * 65, b"a" * 119, b"a" * 1000,
        b"The quick brown fox jumps over the lazy dog", bytes(range(256))]
for name in ("md5", "sha1", "sha256"):
    f = getattr(hashlib, name)
    for m in msgs:
        print(name, len(m), f(m).hexdigest())
    h = f()
    for i in range(0, len(msgs[-1]), 7):
        h.update(msgs[-1][i:i + 7])
    print(name, "chunked", h.hexdigest() == f(msgs[-1]).hexdigest())
    h = f(b"abc")
    print(h.digest(), h.digest_size, h.block_size, h.name)
    c = h.copy()
    c.update(b"def")
    print(h.hexdigest() == f(b"abc").hexdigest(), c.hexdigest() == f(b"abcdef").hexdigest())
    h.update(b"xyz")
    print(h.digest() == f(b"abcxyz").digest())
print(hashlib.sha256(bytearray(b"abc")).hexdigest() == hashlib.sha256(memoryview(b"abc")).hexdigest())
print(hashlib.new("sha256", b"x").hexdigest() == hashlib.sha256(b"x").hexdigest(), hashlib.new("md5").name)
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError", e)
try:
    hashlib.sha1().update("text")
except TypeError as e:
    print("TypeError", e)
