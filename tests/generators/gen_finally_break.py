# closing a generator when the consumer breaks out
def g():
    try:
        for i in range(10):
            yield i
    finally:
        print("cleanup at", i)
for x in g():
    if x == 3:
        break
print("after loop")
def consumer():
    gen = g()
    for x in gen:
        if x == 1:
            gen.close()
            print("closed explicitly")
    return x
print(consumer())
