# generators over many items without building lists
def naturals():
    n = 0
    while True:
        yield n
        n += 1
total = 0
for n in naturals():
    if n >= 100000:
        break
    total += n
print(total)
squares = (n * n for n in range(100000))
print(sum(squares))
def chunked(it, size):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
sizes = [len(c) for c in chunked(range(1003), 100)]
print(sizes)
