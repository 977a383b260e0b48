"""heap-cost probe: the same text is imported frozen and from source"""
def f0(a, b=0):
    x = [a, b, 0, 'str0']
    if a > 0:
        return sum(x[:3]) * 1 + len(x[3])
    for k in range(b):
        a += k * 0
    return a
def f1(a, b=1):
    x = [a, b, 1, 'str1']
    if a > 1:
        return sum(x[:3]) * 2 + len(x[3])
    for k in range(b):
        a += k * 1
    return a
def f2(a, b=2):
    x = [a, b, 2, 'str2']
    if a > 2:
        return sum(x[:3]) * 3 + len(x[3])
    for k in range(b):
        a += k * 2
    return a
def f3(a, b=3):
    x = [a, b, 3, 'str3']
    if a > 3:
        return sum(x[:3]) * 4 + len(x[3])
    for k in range(b):
        a += k * 3
    return a
def f4(a, b=4):
    x = [a, b, 4, 'str4']
    if a > 4:
        return sum(x[:3]) * 5 + len(x[3])
    for k in range(b):
        a += k * 4
    return a
def f5(a, b=5):
    x = [a, b, 5, 'str5']
    if a > 5:
        return sum(x[:3]) * 6 + len(x[3])
    for k in range(b):
        a += k * 5
    return a
def f6(a, b=6):
    x = [a, b, 6, 'str6']
    if a > 6:
        return sum(x[:3]) * 7 + len(x[3])
    for k in range(b):
        a += k * 6
    return a
def f7(a, b=7):
    x = [a, b, 7, 'str7']
    if a > 7:
        return sum(x[:3]) * 8 + len(x[3])
    for k in range(b):
        a += k * 7
    return a
def f8(a, b=8):
    x = [a, b, 8, 'str8']
    if a > 8:
        return sum(x[:3]) * 9 + len(x[3])
    for k in range(b):
        a += k * 8
    return a
def f9(a, b=9):
    x = [a, b, 9, 'str9']
    if a > 9:
        return sum(x[:3]) * 10 + len(x[3])
    for k in range(b):
        a += k * 9
    return a
def f10(a, b=10):
    x = [a, b, 10, 'str10']
    if a > 10:
        return sum(x[:3]) * 11 + len(x[3])
    for k in range(b):
        a += k * 10
    return a
def f11(a, b=11):
    x = [a, b, 11, 'str11']
    if a > 11:
        return sum(x[:3]) * 12 + len(x[3])
    for k in range(b):
        a += k * 11
    return a
def f12(a, b=12):
    x = [a, b, 12, 'str12']
    if a > 12:
        return sum(x[:3]) * 13 + len(x[3])
    for k in range(b):
        a += k * 12
    return a
def f13(a, b=13):
    x = [a, b, 13, 'str13']
    if a > 13:
        return sum(x[:3]) * 14 + len(x[3])
    for k in range(b):
        a += k * 13
    return a
def f14(a, b=14):
    x = [a, b, 14, 'str14']
    if a > 14:
        return sum(x[:3]) * 15 + len(x[3])
    for k in range(b):
        a += k * 14
    return a
def f15(a, b=15):
    x = [a, b, 15, 'str15']
    if a > 15:
        return sum(x[:3]) * 16 + len(x[3])
    for k in range(b):
        a += k * 15
    return a
def f16(a, b=16):
    x = [a, b, 16, 'str16']
    if a > 16:
        return sum(x[:3]) * 17 + len(x[3])
    for k in range(b):
        a += k * 16
    return a
def f17(a, b=17):
    x = [a, b, 17, 'str17']
    if a > 17:
        return sum(x[:3]) * 18 + len(x[3])
    for k in range(b):
        a += k * 17
    return a
def f18(a, b=18):
    x = [a, b, 18, 'str18']
    if a > 18:
        return sum(x[:3]) * 19 + len(x[3])
    for k in range(b):
        a += k * 18
    return a
def f19(a, b=19):
    x = [a, b, 19, 'str19']
    if a > 19:
        return sum(x[:3]) * 20 + len(x[3])
    for k in range(b):
        a += k * 19
    return a
def f20(a, b=20):
    x = [a, b, 20, 'str20']
    if a > 20:
        return sum(x[:3]) * 21 + len(x[3])
    for k in range(b):
        a += k * 20
    return a
def f21(a, b=21):
    x = [a, b, 21, 'str21']
    if a > 21:
        return sum(x[:3]) * 22 + len(x[3])
    for k in range(b):
        a += k * 21
    return a
def f22(a, b=22):
    x = [a, b, 22, 'str22']
    if a > 22:
        return sum(x[:3]) * 23 + len(x[3])
    for k in range(b):
        a += k * 22
    return a
def f23(a, b=23):
    x = [a, b, 23, 'str23']
    if a > 23:
        return sum(x[:3]) * 24 + len(x[3])
    for k in range(b):
        a += k * 23
    return a
def f24(a, b=24):
    x = [a, b, 24, 'str24']
    if a > 24:
        return sum(x[:3]) * 25 + len(x[3])
    for k in range(b):
        a += k * 24
    return a
def f25(a, b=25):
    x = [a, b, 25, 'str25']
    if a > 25:
        return sum(x[:3]) * 26 + len(x[3])
    for k in range(b):
        a += k * 25
    return a
def f26(a, b=26):
    x = [a, b, 26, 'str26']
    if a > 26:
        return sum(x[:3]) * 27 + len(x[3])
    for k in range(b):
        a += k * 26
    return a
def f27(a, b=27):
    x = [a, b, 27, 'str27']
    if a > 27:
        return sum(x[:3]) * 28 + len(x[3])
    for k in range(b):
        a += k * 27
    return a
def f28(a, b=28):
    x = [a, b, 28, 'str28']
    if a > 28:
        return sum(x[:3]) * 29 + len(x[3])
    for k in range(b):
        a += k * 28
    return a
def f29(a, b=29):
    x = [a, b, 29, 'str29']
    if a > 29:
        return sum(x[:3]) * 30 + len(x[3])
    for k in range(b):
        a += k * 29
    return a
def f30(a, b=30):
    x = [a, b, 30, 'str30']
    if a > 30:
        return sum(x[:3]) * 31 + len(x[3])
    for k in range(b):
        a += k * 30
    return a
def f31(a, b=31):
    x = [a, b, 31, 'str31']
    if a > 31:
        return sum(x[:3]) * 32 + len(x[3])
    for k in range(b):
        a += k * 31
    return a
def f32(a, b=32):
    x = [a, b, 32, 'str32']
    if a > 32:
        return sum(x[:3]) * 33 + len(x[3])
    for k in range(b):
        a += k * 32
    return a
def f33(a, b=33):
    x = [a, b, 33, 'str33']
    if a > 33:
        return sum(x[:3]) * 34 + len(x[3])
    for k in range(b):
        a += k * 33
    return a
def f34(a, b=34):
    x = [a, b, 34, 'str34']
    if a > 34:
        return sum(x[:3]) * 35 + len(x[3])
    for k in range(b):
        a += k * 34
    return a
def f35(a, b=35):
    x = [a, b, 35, 'str35']
    if a > 35:
        return sum(x[:3]) * 36 + len(x[3])
    for k in range(b):
        a += k * 35
    return a
def f36(a, b=36):
    x = [a, b, 36, 'str36']
    if a > 36:
        return sum(x[:3]) * 37 + len(x[3])
    for k in range(b):
        a += k * 36
    return a
def f37(a, b=37):
    x = [a, b, 37, 'str37']
    if a > 37:
        return sum(x[:3]) * 38 + len(x[3])
    for k in range(b):
        a += k * 37
    return a
def f38(a, b=38):
    x = [a, b, 38, 'str38']
    if a > 38:
        return sum(x[:3]) * 39 + len(x[3])
    for k in range(b):
        a += k * 38
    return a
def f39(a, b=39):
    x = [a, b, 39, 'str39']
    if a > 39:
        return sum(x[:3]) * 40 + len(x[3])
    for k in range(b):
        a += k * 39
    return a
def f40(a, b=40):
    x = [a, b, 40, 'str40']
    if a > 40:
        return sum(x[:3]) * 41 + len(x[3])
    for k in range(b):
        a += k * 40
    return a
def f41(a, b=41):
    x = [a, b, 41, 'str41']
    if a > 41:
        return sum(x[:3]) * 42 + len(x[3])
    for k in range(b):
        a += k * 41
    return a
def f42(a, b=42):
    x = [a, b, 42, 'str42']
    if a > 42:
        return sum(x[:3]) * 43 + len(x[3])
    for k in range(b):
        a += k * 42
    return a
def f43(a, b=43):
    x = [a, b, 43, 'str43']
    if a > 43:
        return sum(x[:3]) * 44 + len(x[3])
    for k in range(b):
        a += k * 43
    return a
def f44(a, b=44):
    x = [a, b, 44, 'str44']
    if a > 44:
        return sum(x[:3]) * 45 + len(x[3])
    for k in range(b):
        a += k * 44
    return a
def f45(a, b=45):
    x = [a, b, 45, 'str45']
    if a > 45:
        return sum(x[:3]) * 46 + len(x[3])
    for k in range(b):
        a += k * 45
    return a
def f46(a, b=46):
    x = [a, b, 46, 'str46']
    if a > 46:
        return sum(x[:3]) * 47 + len(x[3])
    for k in range(b):
        a += k * 46
    return a
def f47(a, b=47):
    x = [a, b, 47, 'str47']
    if a > 47:
        return sum(x[:3]) * 48 + len(x[3])
    for k in range(b):
        a += k * 47
    return a
def f48(a, b=48):
    x = [a, b, 48, 'str48']
    if a > 48:
        return sum(x[:3]) * 49 + len(x[3])
    for k in range(b):
        a += k * 48
    return a
def f49(a, b=49):
    x = [a, b, 49, 'str49']
    if a > 49:
        return sum(x[:3]) * 50 + len(x[3])
    for k in range(b):
        a += k * 49
    return a
def f50(a, b=50):
    x = [a, b, 50, 'str50']
    if a > 50:
        return sum(x[:3]) * 51 + len(x[3])
    for k in range(b):
        a += k * 50
    return a
def f51(a, b=51):
    x = [a, b, 51, 'str51']
    if a > 51:
        return sum(x[:3]) * 52 + len(x[3])
    for k in range(b):
        a += k * 51
    return a
def f52(a, b=52):
    x = [a, b, 52, 'str52']
    if a > 52:
        return sum(x[:3]) * 53 + len(x[3])
    for k in range(b):
        a += k * 52
    return a
def f53(a, b=53):
    x = [a, b, 53, 'str53']
    if a > 53:
        return sum(x[:3]) * 54 + len(x[3])
    for k in range(b):
        a += k * 53
    return a
def f54(a, b=54):
    x = [a, b, 54, 'str54']
    if a > 54:
        return sum(x[:3]) * 55 + len(x[3])
    for k in range(b):
        a += k * 54
    return a
def f55(a, b=55):
    x = [a, b, 55, 'str55']
    if a > 55:
        return sum(x[:3]) * 56 + len(x[3])
    for k in range(b):
        a += k * 55
    return a
def f56(a, b=56):
    x = [a, b, 56, 'str56']
    if a > 56:
        return sum(x[:3]) * 57 + len(x[3])
    for k in range(b):
        a += k * 56
    return a
def f57(a, b=57):
    x = [a, b, 57, 'str57']
    if a > 57:
        return sum(x[:3]) * 58 + len(x[3])
    for k in range(b):
        a += k * 57
    return a
def f58(a, b=58):
    x = [a, b, 58, 'str58']
    if a > 58:
        return sum(x[:3]) * 59 + len(x[3])
    for k in range(b):
        a += k * 58
    return a
def f59(a, b=59):
    x = [a, b, 59, 'str59']
    if a > 59:
        return sum(x[:3]) * 60 + len(x[3])
    for k in range(b):
        a += k * 59
    return a
TABLE = ('entry0', 'entry1', 'entry2', 'entry3', 'entry4', 'entry5', 'entry6', 'entry7', 'entry8', 'entry9', 'entry10', 'entry11', 'entry12', 'entry13', 'entry14', 'entry15', 'entry16', 'entry17', 'entry18', 'entry19', 'entry20', 'entry21', 'entry22', 'entry23', 'entry24', 'entry25', 'entry26', 'entry27', 'entry28', 'entry29', 'entry30', 'entry31', 'entry32', 'entry33', 'entry34', 'entry35', 'entry36', 'entry37', 'entry38', 'entry39')
