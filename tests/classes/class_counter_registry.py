# class-level state, instance counting and registries via __init_subclass__-free patterns
class Plugin:
    registry = {}
    @classmethod
    def register(cls, name):
        def deco(sub):
            cls.registry[name] = sub
            sub.name = name
            return sub
        return deco
@Plugin.register("upper")
class Upper(Plugin):
    def run(self, s):
        return s.upper()
@Plugin.register("rev")
class Rev(Plugin):
    def run(self, s):
        return s[::-1]
for name in sorted(Plugin.registry):
    p = Plugin.registry[name]()
    print(name, p.name, p.run("krait"), isinstance(p, Plugin))
print(list(Plugin.registry))
