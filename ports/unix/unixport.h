/* unixport.h: unix-port functions shared by main.c and unixport.c. */
#ifndef KRAIT_UNIXPORT_H
#define KRAIT_UNIXPORT_H

/* Switch the console to the byte console (raw terminal, reader thread): used by device
 * mode and the interactive REPL. Output line ends become "\r\n". */
void kr_unix_console_start(void);
/* Put the terminal back as it was (at exit). */
void kr_unix_console_stop(void);

#endif /* KRAIT_UNIXPORT_H */
