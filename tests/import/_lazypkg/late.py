class Late:
    pass


def late_fn():
    return "late"
