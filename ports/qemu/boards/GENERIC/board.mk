# board.mk: the GENERIC board: Krait on QEMU's mps2-an385 (Cortex-M3), a development
# board with the REPL on UART0 and the biggest memory the machine has.
BOARD_DESC = GENERIC board (mps2-an385)
MCU_NAME = Cortex-M3
QEMU_MACHINE = mps2-an385
CPU_FLAGS = -mcpu=cortex-m3 -mthumb -mfloat-abi=soft
FLASH_ORIGIN = 0x00000000
FLASH_SIZE = 0x00400000
RAM_ORIGIN = 0x20000000
RAM_SIZE = 0x00400000
HEAP_SIZE = 0x00200000
STACK_SIZE = 0x00080000
LIBC_HEAP_SIZE = 0x00004000
# frozen modules: a manifest.py in this folder, if present (docs/freezing.md)
