# krait-exp: hand-written (boots GENERIC with a FAT image made by mkfs.fat + mcopy in its RAM disk)
"""The GENERIC board mounts the FAT image the host loads into PSRAM (QEMU's loader
device) at /: boot.py and main.py copied there with mtools run at boot, a module on
the image imports, and the files written by the board are on the image. Without an
image the region is formatted and / is empty. Prints SKIP without mtools/dosfstools."""
import os
import shutil
import subprocess
import sys
import tempfile
from _qemu import BANNER_END, firmware, line
import krremote

fw = firmware()
if not (shutil.which("mkfs.fat") and shutil.which("mcopy")):
    print("SKIP")
    sys.exit(0)

tmp = tempfile.mkdtemp(prefix="krait-fsimg-")
try:
    img = os.path.join(tmp, "fs.img")
    subprocess.run(["mkfs.fat", "-C", img, "1024"], check=True, stdout=subprocess.DEVNULL)
    files = {
        "boot.py": "print('boot.py from the image')\n",
        "main.py": "import helper\nprint('main.py from the image:', helper.twice(21))\n",
        "helper.py": "def twice(x):\n    return 2 * x\n",
    }
    for name, text in files.items():
        p = os.path.join(tmp, name)
        with open(p, "w") as f:
            f.write(text)
        subprocess.run(["mcopy", "-i", img, p, "::" + name], check=True)
    b = krremote.Board(firmware=fw, timeout=20,
                       qemu_args=["-device", "loader,file=%s,addr=0x21000000" % img])
    try:
        out = b.read_until(BANNER_END).replace(b"\r\n", b"\n").decode()
        for l in out.splitlines():
            if "from the image" in l:
                print(l)
        print(line(b, "import os; print(sorted(os.listdir('/')))").strip())
        print(line(b, "f = open('data.txt', 'w'); f.write('written on the board'); f.close()").strip())
        print(line(b, "print(open('/data.txt').read())").strip())
    finally:
        b.close()
    b = krremote.Board(firmware=fw, timeout=20)
    try:
        b.read_until(BANNER_END)
        print("no image:", line(b, "import os; print(os.listdir('/'))").strip())
    finally:
        b.close()
finally:
    shutil.rmtree(tmp, ignore_errors=True)
