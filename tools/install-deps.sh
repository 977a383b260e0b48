#!/bin/sh
# install-deps.sh: installs (or with --check, verifies and then installs) the Debian
# packages Krait needs to build and test: C toolchain, Python 3, Arm cross toolchain, QEMU.
set -e
PKGS_CMDS="gcc:gcc make:make python3:python3 clang:clang arm-none-eabi-gcc:gcc-arm-none-eabi qemu-system-arm:qemu-system-arm mcopy:mtools mkfs.fat:dosfstools"
missing=""
for pc in $PKGS_CMDS; do
    cmd=${pc%%:*}; pkg=${pc#*:}
    command -v "$cmd" >/dev/null 2>&1 || missing="$missing $pkg"
done
[ -f /usr/lib/arm-none-eabi/include/stdio.h ] || [ -f /usr/include/newlib/stdio.h ] || missing="$missing libnewlib-arm-none-eabi"
[ -z "$missing" ] && exit 0
echo "install-deps: missing Debian packages:$missing"
if [ "$(id -u)" = 0 ]; then
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing
elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -q && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing
else
    echo "install-deps: run as root: apt-get install$missing" >&2
    exit 1
fi
