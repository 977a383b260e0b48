# bytearray mutation
ba = bytearray(b"hello")
ba[0] = 72
print(ba, len(ba))
ba.append(33)
ba.extend(b"??")
print(ba)
ba[1:3] = b"EE"
print(ba)
del ba[-2:]
print(ba, ba.pop(), ba)
ba += b"x"
print(ba, bytes(ba), ba == b"HEllox", ba.decode())
print(bytearray(3), bytearray([1, 2]), bytearray())
ba.reverse()
print(ba)
ba.insert(0, 48)
print(ba, ba.find(b"l"), ba.count(b"l"))
try:
    ba[0] = 300
except ValueError as e:
    print("ValueError", e)
ba.clear()
print(ba, len(ba))
ba2 = bytearray(b"abc")
ba2.remove(98)
print(ba2, ba2.index(99))
