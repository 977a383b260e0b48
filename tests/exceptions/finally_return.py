# finally with return/break/continue
def f1():
    try:
        return "try"
    finally:
        print("finally runs")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally"
print(f2())
def f3():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(f3())
def f4():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print("f4 finally", i)
    return i
print(f4())
def f5():
    out = []
    for i in range(3):
        try:
            continue
        finally:
            out.append(i)
    return out
print(f5())
def f6():
    x = 1
    try:
        return x
    finally:
        x = 2
print(f6())
def f7():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(f7())
