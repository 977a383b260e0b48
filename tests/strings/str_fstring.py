# f-strings
x = 42
name = "krait"
print(f"x={x} name={name}")
print(f"{x + 1} {x * 2} {name.upper()} {len(name)}")
print(f"{x:5}|{x:<5}|{x:^5}|{x:05}|{x:x}|{x:#b}|{x:+}")
print(f"{name!r} {name!s} {name:>8}|{name:.2}")
print(f"{3.14159:.2f} {1e6:,.0f} {0.5:%}")
print(f"{{braces}} {x}{{}}")
print(f"{'nested'} {'a' if x else 'b'} {[i for i in range(3)]}")
w = 7
p = 3
print(f"{3.14159:{w}.{p}f}|")
d = {"k": "v"}
print(f"{d['k']} {d}")
print(f"{x=}", f"{x + 1 = }", f"{name=!r}")
print(f"""triple {x}
next""")
print(f"{'é':*^5}", rf"\n{x}")
print(f"{x!r:>4}", f"{None}", f"{True:}", f"{-0.0}")
