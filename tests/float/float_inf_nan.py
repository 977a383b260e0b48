# inf and nan behaviour
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), repr(nan))
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan)
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf)
print(nan + 1, nan > 0, nan < 0, nan == 0)
print(float("Infinity"), float("-INF"), float("+inf"), float("NaN"), float("-nan"))
print(inf is not nan, max(1.0, inf), min(-inf, 0))
l = [nan]
print(nan in l, l == l, l.count(nan))
import math
print(math.isinf(inf), math.isnan(nan), math.isfinite(1.0), math.isfinite(inf))
print(math.inf == inf, math.isnan(math.nan))
try:
    int(inf)
except OverflowError as e:
    print("OverflowError", e)
print(abs(-inf), -(-inf))
