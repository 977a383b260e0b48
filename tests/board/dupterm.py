# krait-exp: hand-written (drives the firmware's UART: the REPL through os.dupterm)
"""os.dupterm on the board: keys from the attached Python stream are typed into the REPL
and read by input(); the REPL's output (with the UART's \\r\\n) is also written to the
stream; os.dupterm(None) detaches it; a stream at its end is detached with a message."""
from _qemu import boot, line

FEED = ("exec('class F:\\n def __init__(s, d, eof=False): s.d = d; s.o = []; s.eof = eof\\n"
        " def readinto(s, b):\\n  if not s.d: return 0 if s.eof else None\\n"
        "  b[0] = s.d[0]; s.d = s.d[1:]; return 1\\n"
        " def write(s, b): s.o.append(bytes(b))')")

b = boot()
try:
    line(b, "import os")
    line(b, FEED)
    b.write(b"f = F(b'print(6 * 7)\\r'); os.dupterm(f)\r")
    out = b.read_until(b"42\r\n>>> ")
    print("keys from the stream: 42")
    # the stream types a line that calls input(), then the answer input() reads
    b.write(b"f.d = b\"s = input('na' + 'me? ')\\rbob\\r\"\r")
    b.read_until(b"name? ")
    b.read_until(b">>> ")
    print("input() got:", line(b, "s").strip())
    print("detach:", line(b, "out = b''.join(f.o); os.dupterm(None) is f").strip())
    print("copied:", line(b, "b'6 * 7' in out, b'42\\r\\n' in out, b'>' + b'>> ' in out").strip())
    line(b, "g = F(b'', True)")
    b.write(b"os.dupterm(g)\r")   # (the message comes once the REPL waits for keys again)
    b.read_until(b"dupterm: EOF received, deactivating\r\n")
    print("eof: detached with a message")
    print("after:", line(b, "print(os.dupterm(None), 'ok')").strip())
finally:
    b.close()
