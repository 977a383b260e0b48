"""asyncio.stream: Stream (StreamReader/StreamWriter) over a stream object such as sys.stdin,
a UART or a socket; waits with select.poll when the stream supports it."""
from . import core


class Stream:
    def __init__(self, s, e={}):
        self.s = s
        self.e = e
        self.out_buf = b""

    def get_extra_info(self, v):
        return self.e[v]

    def close(self):
        pass

    async def wait_closed(self):
        self.s.close()

    async def aclose(self):
        await self.wait_closed()

    def _raw(self):
        return getattr(self.s, "buffer", self.s)

    async def _readable(self):
        core._io_wait(self.s, 0)
        await core._YIELD

    async def read(self, n=-1):
        r = b""
        while True:
            await self._readable()
            d = self._raw().read(n) if n >= 0 else self._raw().read()
            if d is None:
                continue
            if isinstance(d, str):
                d = d.encode()
            if n < 0:
                r += d
                if not d:
                    return r
            else:
                return d

    async def readinto(self, buf):
        await self._readable()
        return self._raw().readinto(buf)

    async def readexactly(self, n):
        r = b""
        while n:
            await self._readable()
            d = self._raw().read(n)
            if d is None:
                continue
            if isinstance(d, str):
                d = d.encode()
            if not d:
                raise EOFError
            r += d
            n -= len(d)
        return r

    async def readline(self):
        await self._readable()
        line = self._raw().readline()
        if isinstance(line, str):
            line = line.encode()
        return line

    def write(self, buf):
        if not self.out_buf:
            n = self._raw().write(buf)
            if n is not None and n == len(buf):
                return
            if n:
                buf = buf[n:]
        self.out_buf += buf

    async def drain(self):
        while self.out_buf:
            core._io_wait(self.s, 1)
            await core._YIELD
            n = self._raw().write(self.out_buf)
            if n:
                self.out_buf = self.out_buf[n:]
        await core.sleep_ms(0)

    async def awrite(self, buf, off=0, sz=-1):
        if off or sz != -1:
            buf = buf[off:] if sz == -1 else buf[off:off + sz]
        self.write(buf)
        await self.drain()

    async def awritestr(self, s):
        await self.awrite(s.encode())


StreamReader = Stream
StreamWriter = Stream
