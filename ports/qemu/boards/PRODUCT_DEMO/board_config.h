/* board_config.h: feature switches and production settings of the PRODUCT_DEMO board. */
#ifndef KRAIT_BOARD_CONFIG_H
#define KRAIT_BOARD_CONFIG_H

#define KR_BOARD_NAME "PRODUCT_DEMO"
#define KR_CONFIG_LEVEL KR_LEVEL_FULL
#define KR_FEATURE_UNICODE_DB (0)      /* approximate Unicode tables (~26 KB less flash) */
#define KR_RECURSION_LIMIT (150)        /* ~330 bytes of C stack per Python call */
#define KR_STACK_MARGIN (8 * 1024)      /* C stack kept free of the 64 KiB (board.mk) */

/* flash budget: leave out what this product does not use (core/krconfig.h) */
#define KR_MODULE_RE (0)
#define KR_MODULE_HASHLIB (0)
#define KR_MODULE_BINASCII (0)
#define KR_MODULE_UCTYPES (0)
#define KR_MODULE_FRAMEBUF (0)
#define KR_MODULE_CMATH (0)
#define KR_MODULE_DEFLATE (0)
#define KR_OS_DUPTERM (0)               /* no REPL: no console to duplicate */
/* machine: the product drives its LEDs and wants a watchdog; no extra UARTs, timers,
 * Signal or RTC */
#define KR_MACHINE_UART (0)
#define KR_MACHINE_TIMER (0)
#define KR_MACHINE_SIGNAL (0)
#define KR_MACHINE_RTC (0)

/* production settings (core/boot.h): the frozen main.py is the product; nobody gets a
 * prompt on the UART, Ctrl-C cannot stop it, and when it ends the board halts. */
#define KR_BOOT_REPL_ENABLED (0)
#define KR_BOOT_CTRLC_ENABLED (0)
#define KR_BOOT_MAIN_END (2)            /* 0 REPL, 1 soft reset (run again), 2 halt */

#endif /* KRAIT_BOARD_CONFIG_H */
