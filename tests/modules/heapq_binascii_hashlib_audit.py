# heapq, binascii, hashlib: results and errors against CPython
def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
import heapq, binascii, hashlib
# heapq
h = []
t('h1', lambda: [heapq.heappush(h, x) for x in [5, 1, 4, 2]] and h)
t('h2', lambda: [heapq.heappop(h) for _ in range(4)])
t('h3', lambda: heapq.heappop([]))
t('h4', lambda: heapq.heappush((), 1))
t('h5', lambda: heapq.heapify({}))
t('h6', lambda: heapq.heapreplace([], 1))
# binascii
t('b1', lambda: binascii.hexlify(b'\x01\xff'))
t('b2', lambda: binascii.hexlify(b'\x01\xff', '-'))
t('b3', lambda: binascii.hexlify(b'\x01\xff\x02', b':', 2))
t('b4', lambda: binascii.unhexlify('01fF'))
t('b5', lambda: binascii.unhexlify('0'))
t('b6', lambda: binascii.unhexlify('zz'))
t('b7', lambda: binascii.a2b_base64(b'aGVsbG8=\n'))
t('b8', lambda: binascii.a2b_base64('aGVsbG8'))
t('b9', lambda: binascii.b2a_base64(b'hello'))
t('b10', lambda: binascii.b2a_base64(b'hello', newline=False))
t('b11', lambda: binascii.crc32(b'hello'))
t('b12', lambda: binascii.crc32(b'lo', binascii.crc32(b'hel')))
t('b13', lambda: binascii.hexlify('ab'))
t('b14', lambda: binascii.a2b_base64(b'a!GVs bG8='))
t('b15', lambda: binascii.b2a_hex(b'a'))
t('b16', lambda: binascii.a2b_hex(b'61'))
t('b17', lambda: binascii.crc32(b'x', -1))
# hashlib
t('hs1', lambda: hashlib.sha256(b'abc').hexdigest())
t('hs2', lambda: hashlib.sha1(b'abc').hexdigest())
t('hs3', lambda: hashlib.md5(b'abc').hexdigest())
t('hs4', lambda: hashlib.sha256('abc'))
t('hs6', lambda: hashlib.new('sha1', b'x').name)
t('hs7', lambda: hashlib.sha256(b'a'*1000).hexdigest())
t('hs8', lambda: hashlib.sha256().update(1))
t('hs9', lambda: hashlib.md5(bytearray(b'x')).block_size)
t('hs10', lambda: hashlib.sha256(memoryview(b'abc')).hexdigest())

