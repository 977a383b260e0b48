/* board_config.h: feature switches and production settings of the GENERIC qemu board. */
#ifndef KRAIT_BOARD_CONFIG_H
#define KRAIT_BOARD_CONFIG_H

#define KR_BOARD_NAME "GENERIC"
#define KR_CONFIG_LEVEL KR_LEVEL_FULL
#define KR_RECURSION_LIMIT (1000)       /* nested Python calls (~330 bytes of C stack each) */
#define KR_STACK_MARGIN (8 * 1024)      /* C stack kept free of the 512 KiB (board.mk) */

/* filesystem: a FAT RAM disk in PSRAM, mounted at / at boot (formatted when empty);
 * the host can fill it first: -device loader,file=fs.img,addr=0x21000000 */
#define KR_BOARD_FS_ADDR (0x21000000)
#define KR_BOARD_FS_SIZE (1024 * 1024)

/* production settings (core/boot.h) */
#define KR_BOOT_REPL_ENABLED (1)        /* 0: no input byte reaches a Python prompt */
#define KR_BOOT_CTRLC_ENABLED (1)       /* 0: Ctrl-C disabled at boot (kbd_intr(-1)) */
#define KR_BOOT_MAIN_END (0)            /* when main.py ends: 0 REPL, 1 soft reset, 2 halt */

#endif /* KRAIT_BOARD_CONFIG_H */
