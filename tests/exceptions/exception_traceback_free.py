# an exception object can be stored and re-raised later
saved = []
for i in range(3):
    try:
        raise ValueError("num %d" % i)
    except ValueError as e:
        saved.append(e)
print([str(e) for e in saved])
try:
    raise saved[1]
except ValueError as e:
    print("re-raised", e, e is saved[1])
errs = [TypeError("t"), KeyError("k")]
for err in errs:
    try:
        raise err
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
