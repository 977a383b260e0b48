/* krconfig.h: every Krait feature switch, with its default and a one-line comment.
 * A port or board may predefine any of these (e.g. in its board config header,
 * passed with -include) before this file is read. */
#ifndef KRAIT_KRCONFIG_H
#define KRAIT_KRCONFIG_H

/* Feature levels: pick a set of switches at once. */
#define KR_LEVEL_MINIMAL  (0)
#define KR_LEVEL_STANDARD (1)
#define KR_LEVEL_FULL     (2)

#ifndef KR_CONFIG_LEVEL
#define KR_CONFIG_LEVEL KR_LEVEL_FULL           /* feature level of this build */
#endif

#ifndef KR_BOARD_CONFIG_FILE
#else
#include KR_BOARD_CONFIG_FILE
#endif

#ifndef KR_HEAP_SIZE_DEFAULT
#define KR_HEAP_SIZE_DEFAULT (8 * 1024 * 1024)  /* unix: default GC heap size (-X heapsize) */
#endif

#ifndef KR_RECURSION_LIMIT
#define KR_RECURSION_LIMIT (1000)               /* max nested Python calls (RuntimeError beyond) */
#endif

#ifndef KR_STACK_MARGIN
#define KR_STACK_MARGIN (16 * 1024)             /* bytes of C stack kept free; RuntimeError beyond */
#endif

#ifndef KR_GC_AUTO_MIN_BYTES
#define KR_GC_AUTO_MIN_BYTES (256 * 1024)       /* collect after max(this, live bytes * factor) allocated (0: when full) */
#endif

#ifndef KR_GC_AUTO_LIVE_FACTOR
#define KR_GC_AUTO_LIVE_FACTOR (4)              /* see KR_GC_AUTO_MIN_BYTES */
#endif

#ifndef KR_GC_MARK_STACK_SIZE
#define KR_GC_MARK_STACK_SIZE (1024)            /* entries; deeper structures are marked by rescans */
#endif

#ifndef KR_GC_BLOCK_WORDS
#define KR_GC_BLOCK_WORDS (4)                   /* machine words per GC allocation block */
#endif

#ifndef KR_GC_FINALISERS
#define KR_GC_FINALISERS (16)                   /* objects with a finaliser at once (open files) */
#endif

#ifndef KR_GC_COLLECT_RETVAL
#if defined(__unix__) || defined(__APPLE__)
#define KR_GC_COLLECT_RETVAL (1)                /* gc.collect() returns the blocks freed (unix) */
#else
#define KR_GC_COLLECT_RETVAL (0)                /* gc.collect() returns None */
#endif
#endif

#ifndef KR_FEATURE_FLOAT
#define KR_FEATURE_FLOAT (1)                    /* float type and float literals */
#endif

#ifndef KR_FEATURE_COMPLEX
#define KR_FEATURE_COMPLEX (KR_CONFIG_LEVEL >= KR_LEVEL_STANDARD) /* complex type, cmath */
#endif

#ifndef KR_FEATURE_UNICODE_DB
#define KR_FEATURE_UNICODE_DB (KR_CONFIG_LEVEL >= KR_LEVEL_FULL) /* CPython's Unicode properties and
                                                 case mappings for str (~26 KB); else approximate */
#endif

#ifndef KR_FEATURE_COMPUTED_GOTO
#if defined(__GNUC__)
#define KR_FEATURE_COMPUTED_GOTO (1)            /* VM dispatch with computed goto */
#else
#define KR_FEATURE_COMPUTED_GOTO (0)
#endif
#endif

#ifndef KR_MODULE_TIME
#define KR_MODULE_TIME (1)                      /* builtin module time (alias utime) */
#endif
#ifndef KR_TIME_LIBC_LOCALTIME
#if defined(__unix__) || defined(__APPLE__)
#define KR_TIME_LIBC_LOCALTIME (1)              /* time.localtime from the host's libc (time zones, isdst) */
#else
#define KR_TIME_LIBC_LOCALTIME (0)              /* time.localtime == time.gmtime (no time zones) */
#endif
#endif
#ifndef KR_MODULE_MATH
#define KR_MODULE_MATH (KR_FEATURE_FLOAT)       /* builtin module math */
#endif
#ifndef KR_MODULE_CMATH
#define KR_MODULE_CMATH (KR_FEATURE_FLOAT && KR_FEATURE_COMPLEX) /* builtin module cmath */
#endif

#ifndef KR_MODULE_STRUCT
#define KR_MODULE_STRUCT (1)              /* builtin module struct (alias ustruct) */
#endif
#ifndef KR_MODULE_JSON
#define KR_MODULE_JSON (1)                /* builtin module json (alias ujson) */
#endif
#ifndef KR_MODULE_COLLECTIONS
#define KR_MODULE_COLLECTIONS (1)               /* builtin module collections (alias ucollections) */
#endif
#ifndef KR_MODULE_IO
#define KR_MODULE_IO (1)                        /* builtin module io (alias uio) */
#endif
#ifndef KR_MODULE_RANDOM
#define KR_MODULE_RANDOM (1)                    /* builtin module random (alias urandom) */
#endif
#ifndef KR_MODULE_ARRAY
#define KR_MODULE_ARRAY (1)                     /* builtin module array (alias uarray) */
#endif
#ifndef KR_MODULE_BINASCII
#define KR_MODULE_BINASCII (1)                  /* builtin module binascii (alias ubinascii) */
#endif
#ifndef KR_MODULE_HEAPQ
#define KR_MODULE_HEAPQ (1)                     /* builtin module heapq (alias uheapq) */
#endif
#ifndef KR_MODULE_ERRNO
#define KR_MODULE_ERRNO (1)                     /* builtin module errno (alias uerrno) */
#endif
#ifndef KR_MODULE_HASHLIB
#define KR_MODULE_HASHLIB (1)                   /* builtin module hashlib (alias uhashlib) */
#endif
#ifndef KR_MODULE_PLATFORM
#define KR_MODULE_PLATFORM (1)                  /* builtin module platform */
#endif
#ifndef KR_MODULE_RE
#define KR_MODULE_RE (1)                        /* builtin module re (alias ure) */
#endif
#ifndef KR_MODULE_SELECT
#define KR_MODULE_SELECT (1)                    /* builtin module select (alias uselect) */
#endif
#ifndef KR_MODULE_SOCKET
#if defined(__unix__) || defined(__APPLE__)
#define KR_MODULE_SOCKET (1)                    /* builtin module socket (alias usocket): hosts with BSD sockets */
#else
#define KR_MODULE_SOCKET (0)
#endif
#endif
#ifndef KR_MODULE_UCTYPES
#define KR_MODULE_UCTYPES (1)                   /* builtin module uctypes (C structs over memory) */
#endif
#ifndef KR_MODULE_FRAMEBUF
#define KR_MODULE_FRAMEBUF (1)                  /* builtin module framebuf (alias uframebuf) */
#endif
#ifndef KR_MODULE_DEFLATE
#define KR_MODULE_DEFLATE (1)                   /* builtin module deflate (DeflateIO: inflate and compress) */
#endif
/* end of the standard-library module switches (modules/mod<name>.c) */

#ifndef KR_MODULE_VFS
#define KR_MODULE_VFS (1)                       /* os, vfs, open() and file objects (modules/vfs*.c) */
#endif
#ifndef KR_VFS_POSIX
#if defined(__unix__) || defined(__APPLE__)
#define KR_VFS_POSIX (1)                        /* vfs.VfsPosix, mounted at "/" (host program) */
#else
#define KR_VFS_POSIX (0)
#endif
#endif

#ifndef KR_OS_DUPTERM
#define KR_OS_DUPTERM (KR_MODULE_VFS)           /* os.dupterm: the console also on Python streams (modules/dupterm.c) */
#endif

#ifndef KR_MODULE_MACHINE
#define KR_MODULE_MACHINE (0)                   /* builtin module machine (the port provides it) */
#endif
#ifndef KR_MACHINE_TIMER
#define KR_MACHINE_TIMER (1)                    /* machine.Timer (modules/machine_timer.c + port hooks) */
#endif
#ifndef KR_MACHINE_SIGNAL
#define KR_MACHINE_SIGNAL (1)                   /* machine.Signal (modules/machine_signal.c) */
#endif
#ifndef KR_MACHINE_RTC
#define KR_MACHINE_RTC (KR_MODULE_TIME)         /* machine.RTC (modules/machine_rtc.c + port hooks; needs time's calendar) */
#endif

#ifndef KR_DEBUG
#define KR_DEBUG (0)                            /* extra internal checks */
#endif

#endif /* KRAIT_KRCONFIG_H */
