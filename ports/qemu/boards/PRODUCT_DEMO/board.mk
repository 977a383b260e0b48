# board.mk: PRODUCT_DEMO: an example product on the same emulated mps2-an385: memory sized
# like a small real part (512 KiB flash, 256 KiB RAM), the application frozen in
# (manifest.py -> main.py), the REPL and Ctrl-C off (see board_config.h).
BOARD_DESC = PRODUCT_DEMO (example product, mps2-an385)
MCU_NAME = Cortex-M3
QEMU_MACHINE = mps2-an385
CPU_FLAGS = -mcpu=cortex-m3 -mthumb -mfloat-abi=soft
FLASH_ORIGIN = 0x00000000
FLASH_SIZE = 0x00080000
RAM_ORIGIN = 0x20000000
RAM_SIZE = 0x00040000
HEAP_SIZE = 0x00020000
STACK_SIZE = 0x00010000
LIBC_HEAP_SIZE = 0x00002000
