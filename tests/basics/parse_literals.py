# number, string, bytes and f-string literals as the parser reads them
print(0, 7, 1_000_000, 0x1F, 0XfF, 0o17, 0O7, 0b101, 0B1_0, 0x_ff)
print(123456789012345678901234567890, 0xffffffffffffffffffff, 0o7777777777777777777777, 0b1111111111111111111111111111111111111111111111111111111111111111)
print(1.5, 1., .5, 1e10, 1E-3, 1_0.5e-3, 3.14_15, 0.0, 00.5, 09.5, 1e308, 0e0)
print(1j, 1.5J, 2e3j, 0j, 1_0j)
print(-2**2, (-2)**2, 2**-1, 2**3**2, -1 if True else 2)
print('single', "double", '''triple
quoted''', """also
triple""")
print('a' 'b' "c", 'x' \
      'y')
print('\n\t\\\'\"\a\b\f\v\0|', "\x41\x7e\101\7|", '\u00e9\U0001F600\u20ac')
print(len('\777'), ord('\777'), '\q', '\z\c')
print(r'\n\t\\', R"\x41", r'a\'b', rb'\x00', Rb'\n', bR'x', BR"y")
print(b'abc', B"\x00\xff\n", b'\101' b'B', b'\q', b'''tri
ple''')
print(u'unicode', U"U")
print('line1\
line2')
print(''' a
   b\
c''')
print(f'plain', F"{1+1}", f'{"nested"}', f"{'x'!r}", f'{3.14159:.2f}', f'{42:>6}|')
w, p = 10, 3
print(f'{3.14159:{w}.{p}f}|', f'{{literal}}', f'{{{w}}}', f'a{w}b{p}c')
x = 5
print(f'{x=}', f'{x = }', f'{x=!s}', f'{x=:>4}', f'{x!a}', f'{"é"!a}')
print(f'{x:{"<" if x else ">"}10}|', f'{[1, 2][0]}', f'{ {"k": 1}["k"] }', f'{x:#x}')
print(rf'\n{x}', fr'{x}\t', f'\n{x}'.split())
print(f'''multi
{x}
line''')
print('a' f'{x}' 'b' f'{x + 1}')
print(f'{(lambda: 7)()}', f'{x if x else 0}', f'{(yield_ := 3)}', yield_)
print(..., Ellipsis, None, True, False)
print(type(1), type(1.0), type(1j), type('s'), type(b'b'))
