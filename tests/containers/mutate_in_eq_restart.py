# A key whose __eq__ changes the dict or set at every comparison: lookups restart,
# but never forever (no hang, no crash).
class EqMut:
    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return 7

    def __eq__(self, o):
        tg = self.target()
        tg.clear()
        if isinstance(tg, dict):
            tg.update({i: i for i in range(50)})
        else:
            tg.update(range(50))
        return False


def t(f):
    try:
        f()
    except (KeyError, RuntimeError):
        pass
    print('done')   # CPython ends by luck (its table gets the same address again)


s = {7, 8}
t(lambda: s.remove(EqMut(lambda: s)))
s = {7, 8}
t(lambda: EqMut(lambda: s) in s)
d = {7: 1, 8: 2}
t(lambda: d[EqMut(lambda: d)])
d = {7: 1, 8: 2}
t(lambda: d.pop(EqMut(lambda: d), None))
print(len(s) >= 2, len(d) >= 2)
