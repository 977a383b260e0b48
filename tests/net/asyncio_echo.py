# asyncio streams over TCP: start_server + open_connection in one program, readline,
# readexactly, read, write/drain, several clients at once, a refused connection
try:
    import socket
    import asyncio
    import errno
except ImportError:
    print("SKIP")
    raise SystemExit

log = []


async def handle(reader, writer):
    peer = writer.get_extra_info("peername")
    log.append(("peer", peer[0]))
    while True:
        line = await reader.readline()
        if not line:
            break
        if line == b"quit\n":
            writer.write(b"bye\n")
            await writer.drain()
            break
        if line == b"exact\n":
            data = await reader.readexactly(6)
            writer.write(b"got " + data + b"\n")
        else:
            writer.write(b"echo " + line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, name, n):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    out = []
    for i in range(n):
        writer.write(("%s %d\n" % (name, i)).encode())
        await writer.drain()
        out.append(await reader.readline())
    writer.close()
    await writer.wait_closed()
    return out


async def main():
    tmp = socket.socket()
    tmp.bind(("127.0.0.1", 0))
    port = tmp.getsockname()[1]
    tmp.close()

    server = await asyncio.start_server(handle, "127.0.0.1", port)

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"hello\n")
    await writer.drain()
    print(await reader.readline())
    # a line sent in two pieces is read as one
    writer.write(b"two ")
    await writer.drain()
    await asyncio.sleep(0.02)
    writer.write(b"pieces\n")
    await writer.drain()
    print(await reader.readline())
    writer.write(b"exact\n123")
    await writer.drain()
    await asyncio.sleep(0.02)
    writer.write(b"456")
    await writer.drain()
    print(await reader.readline())
    # a large write goes through drain
    big = b"x" * 60000 + b"\n"
    writer.write(big)
    await writer.drain()
    got = await reader.readexactly(len(big) + 5)
    print(len(got), got[:8], got[-2:])
    writer.close()
    await writer.wait_closed()

    results = await asyncio.gather(client(port, "a", 3), client(port, "b", 2), client(port, "c", 4))
    for r in results:
        print(r)

    # read(n) and read() until EOF
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"one\ntwo\nquit\n")
    await writer.drain()
    print(await reader.read(5))
    print(await reader.read())
    writer.close()
    await writer.wait_closed()

    server.close()
    await server.wait_closed()
    print("server closed")

    # now nobody listens: the connection is refused
    try:
        await asyncio.open_connection("127.0.0.1", port)
        print("connected?")
    except OSError as e:
        print("refused", errno.errorcode[e.errno])

    print(sorted(set(log)), len(log))


asyncio.run(main())
print("done")
