# search loops using while/else and for/else
def find_pair(nums, target):
    i = 0
    while i < len(nums):
        j = i + 1
        while j < len(nums):
            if nums[i] + nums[j] == target:
                break
            j += 1
        else:
            i += 1
            continue
        return (i, j)
    else:
        return None
print(find_pair([1, 4, 6, 9], 10), find_pair([1, 2], 10), find_pair([], 0))
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            break
    else:
        return True
    return False
print([n for n in range(30) if is_prime(n)])
n = 0
while n < 3:
    n += 1
else:
    n = -n
print(n)
