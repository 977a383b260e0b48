# non-ASCII identifiers: XID_Start first, XID_Continue after, CPython's SyntaxError messages otherwise
if not '\U0001e900'.isupper():
    print('SKIP')   # built without the Unicode database (KR_FEATURE_UNICODE_DB)
    raise SystemExit
α = 1; 日本 = 2; ǅx = 3; x١ = 4; é = 5; _ü = 6
print(α, 日本, ǅx, x١, é, _ü)
for src in ['x² = 1', '€ = 1', 'a€ = 1', '١x = 1', 'x\u0301 = 1', '\u0301x = 1', 'x\u200d = 1', '😀 = 1', 'x😀 = 1', 'ⅻ = 1', 'x\u00b7 = 1', '\u00b7x = 1', 'ab\u2118 = 1', '\u2118 = 1']:
    try:
        exec(src)
        print(repr(src), 'ok')
    except SyntaxError as e:
        print(repr(src), 'SyntaxError', e.msg)
