# methods on non-ASCII strings
s = "Ünïcödé Strîng"
print(s.lower(), s.upper(), s.split(), s.replace("î", "i"))
print(s.find("ö"), s.rfind("î"), s.startswith("Ün"), s.endswith("îng"))
print(s.center(20, "·"), len(s.center(20, "·")))
print("日本語".join(["a", "b"]), "-".join("日本語"))
print("αβγ".isalpha(), "١٢٣".isdigit(), "Ⅷ".isnumeric(), "ΑΒΓ".lower())
print("ǆemal".title(), "σ".upper())
print(repr("é\u200b"), repr("日本"), ascii("日本"))
print("über".ljust(6, "!") + "|", "über".zfill(6))
