"""MicroPython's deflate module (DeflateIO) on top of CPython's zlib, so the deflate tests
record their expected output under CPython. Behaviour modelled: lazy start at the first
read/write, compressed input pulled a byte at a time with readinto (the source is left just
past the stream's end), bad header / corrupt data / bad check -> OSError(22), input ending
early -> EOFError, closed -> OSError(22), AUTO reads zlib or gzip and writes raw."""
import zlib

AUTO = 0
RAW = 1
ZLIB = 2
GZIP = 3
_EINVAL = 22


class DeflateIO:
    def __init__(self, stream, format=AUTO, wbits=0, close=False, /):
        if format not in (AUTO, RAW, ZLIB, GZIP):
            raise ValueError("format")
        if wbits != 0 and not 5 <= wbits <= 15:
            raise ValueError("wbits")
        self._stream = stream
        self._format = format
        self._wbits = wbits
        self._close = close
        self._dec = None
        self._enc = None
        self._out = b""
        self._broken = False

    def _open(self):
        if self._stream is None:
            raise OSError(_EINVAL)

    # ---- reading
    def _fill(self, n):
        """decode until n bytes are buffered or the stream ends"""
        if self._broken:
            raise OSError(_EINVAL)
        if self._dec is None:
            w = {AUTO: 47, RAW: -15, ZLIB: 15, GZIP: 31}[self._format]
            self._dec = zlib.decompressobj(w)
            self._one = bytearray(1)
        while len(self._out) < n and not self._dec.eof:
            got = self._stream.readinto(self._one)
            if not got:
                self._broken = True
                raise EOFError
            try:
                self._out += self._dec.decompress(bytes(self._one))
            except zlib.error:
                self._broken = True
                raise OSError(_EINVAL) from None

    def _take(self, n):
        self._fill(n)
        b, self._out = self._out[:n], self._out[n:]
        return b

    def read(self, n=-1):
        self._open()
        if n is None or n < 0:
            parts = []
            while True:
                b = self._take(256)
                if not b:
                    return b"".join(parts)
                parts.append(b)
        return self._take(n)

    def readinto(self, buf, n=-1):
        self._open()
        if n < 0 or n > len(buf):
            n = len(buf)
        b = self._take(n)
        buf[:len(b)] = b
        return len(b)

    def readline(self, limit=-1):
        self._open()
        line = b""
        while limit is None or limit < 0 or len(line) < limit:
            c = self._take(1)
            if not c:
                break
            line += c
            if c == b"\n":
                break
        return line

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # ---- writing
    def write(self, data):
        self._open()
        if self._enc is None:
            w = max(self._wbits or 8, 9)
            w = {AUTO: -w, RAW: -w, ZLIB: w, GZIP: 16 + w}[self._format]
            self._enc = zlib.compressobj(6, zlib.DEFLATED, w)
        out = self._enc.compress(bytes(data))
        if out:
            self._stream.write(out)
        return len(data)

    def close(self):
        if self._stream is None:
            return
        if self._enc is not None:
            self._stream.write(self._enc.flush())
            self._enc = None
        stream, self._stream = self._stream, None
        if self._close:
            stream.close()

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()
