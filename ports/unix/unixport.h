/* unixport.h: unix-port functions shared by main.c and unixport.c. */
#ifndef KRAIT_UNIXPORT_H
#define KRAIT_UNIXPORT_H

/* Switch the console to the byte console (raw terminal, reader thread): used by device
 * mode and the interactive REPL. Output line ends become "\r\n". */
void kr_unix_console_start(void);
/* Put the terminal back as it was (at exit). */
void kr_unix_console_stop(void);

/* The same, from a signal handler (tcsetattr only). */
void kr_unix_console_restore_signal_safe(void);

/* --device mode: the command line to start the process again with (machine.reset() and
 * the WDT restart the "board"); NULL in the other modes. Set by main.c. */
extern char **kr_unix_device_argv;

/* machine module (modmachine.c, machine_timer.c) */
#include <stdint.h>
#include "obj.h"
#include "state.h"
void kr_unix_machine_init(void);              /* each (re)initialisation: timers stop */
uint64_t kr_unix_machine_next_due_us(void);   /* to the next timer expiry; UINT64_MAX: none */
int kr_unix_machine_irq_disable(void);
void kr_unix_machine_irq_enable(void);
extern const kr_type_t kr_unix_machine_wdt_type;

#endif /* KRAIT_UNIXPORT_H */
