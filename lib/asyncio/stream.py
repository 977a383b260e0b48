"""asyncio.stream: Stream (StreamReader/StreamWriter) over a stream object such as sys.stdin,
a UART or a socket; waits with select.poll when the stream supports it. TCP helpers
open_connection and start_server (Server) over the socket module."""
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
        line = b""
        while True:
            await self._readable()
            part = self._raw().readline()     # a non-blocking stream may give part of a line
            if part is None:
                continue
            if isinstance(part, str):
                part = part.encode()
            line += part
            if not part or line[-1] == 10:
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


async def _writable(s):
    core._io_wait(s, 1)
    await core._YIELD


async def open_connection(host, port, ssl=None, server_hostname=None):
    """Connect a TCP socket to (host, port) without blocking the loop (the name lookup
    does block); returns (reader, writer), one Stream twice."""
    import socket
    from errno import EINPROGRESS, EISCONN
    if ssl:
        raise NotImplementedError("ssl")
    ai = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)[0]
    s = socket.socket(ai[0], ai[1], ai[2])
    s.setblocking(False)
    try:
        try:
            s.connect(ai[-1])
        except OSError as er:
            if er.errno != EINPROGRESS:
                raise
            await _writable(s)
            try:
                s.connect(ai[-1])          # reports how the connection attempt ended
            except OSError as er2:
                if er2.errno != EISCONN:
                    raise
    except BaseException:
        s.close()
        raise
    ss = Stream(s, {"peername": ai[-1]})
    return ss, ss


class Server:
    """A listening socket served by a task: each connection calls cb(reader, writer)."""

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.close()
        await self.wait_closed()

    def close(self):
        self.state = True
        self.task.cancel()

    async def wait_closed(self):
        await self.task

    async def _serve(self, s, cb):
        self.state = False
        try:
            while True:
                core._io_wait(s, 0)
                await core._YIELD
                try:
                    s2, addr = s.accept()
                except OSError:
                    continue               # the client went away meanwhile
                s2.setblocking(False)
                s2s = Stream(s2, {"peername": addr})
                r = cb(s2s, s2s)
                if hasattr(r, "send"):
                    core.create_task(r)
        except core.CancelledError:
            s.close()
            if not self.state:
                raise                      # the task itself was cancelled, not close()


async def start_server(cb, host, port, backlog=5, ssl=None):
    """Listen on (host, port); returns a Server whose task accepts the connections."""
    import socket
    if ssl:
        raise NotImplementedError("ssl")
    ai = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)[0]
    s = socket.socket(ai[0], ai[1], ai[2])
    try:
        s.setblocking(False)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(ai[-1])
        s.listen(backlog)
    except BaseException:
        s.close()
        raise
    srv = Server()
    srv.task = core.create_task(srv._serve(s, cb))
    return srv
