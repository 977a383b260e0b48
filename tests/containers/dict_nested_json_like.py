# nested dict/list structures like parsed JSON
data = {"users": [{"name": "ann", "tags": ["a", "b"], "age": 30},
                  {"name": "bob", "tags": [], "age": None},
                  {"name": "cid", "tags": ["b"], "age": 41}],
        "count": 3, "ok": True, "ratio": 0.5}
print(data)
print([u["name"] for u in data["users"] if u["age"]])
print(sum(len(u["tags"]) for u in data["users"]))
by_tag = {}
for u in data["users"]:
    for t in u["tags"]:
        by_tag.setdefault(t, []).append(u["name"])
print(by_tag)
def depth(x):
    if isinstance(x, dict):
        return 1 + max((depth(v) for v in x.values()), default=0)
    if isinstance(x, list):
        return 1 + max((depth(v) for v in x), default=0)
    return 0
print(depth(data), depth({}), depth([[[]]]))
