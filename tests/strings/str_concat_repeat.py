# string concatenation and repetition
print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -1)
s = ""
for i in range(5):
    s += str(i)
print(s)
print("a" "b" 'c')
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError", e)
print(len("x" * 1000), ("ab" * 500)[-3:])
