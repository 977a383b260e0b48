# integer comparisons incl. chained and with other types
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 1)
print(-1 < 0 < 1, 0 < -1 < 1, 1 < 2 > 0)
print(1 == 1.0, 1 < 1.5, 2 > 1.5, -1 == -1.0)
print(True == 1, False == 0, True + True)
print(1 == "1", 1 != "1")
try:
    print(1 < "2")
except TypeError as e:
    print("TypeError", e)
try:
    print([] < 1)
except TypeError as e:
    print("TypeError", e)
print(max(3, 1, 2), min(3, 1, 2))
print(0 == -0)
