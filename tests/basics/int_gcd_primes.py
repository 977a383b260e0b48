# number theory with ints: gcd, primes, collatz
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
print(gcd(48, 18), gcd(-48, 18), gcd(0, 7), gcd(2 ** 100, 6 ** 50))
def primes(n):
    out = []
    for k in range(2, n):
        for p in out:
            if p * p > k:
                out.append(k)
                break
            if k % p == 0:
                break
        else:
            out.append(k)
    return out
print(primes(60), len(primes(2000)))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 20)], collatz(27), collatz(2 ** 70 + 1))
