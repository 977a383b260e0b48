/* import.h: import-system helpers beyond the runtime.h entry points. */
#ifndef KRAIT_IMPORT_H
#define KRAIT_IMPORT_H

#include "obj.h"

/* The code object of a file: path ending in .kpy is loaded (persistentcode.c), any
 * other is compiled as Python source. Raises OSError if it can't be read. */
kr_obj_t kr_import_load_file_code(const char *path);

/* Compile and run the file at path in module's globals. */
void kr_import_exec_module_file(kr_obj_t module, const char *path);

#endif /* KRAIT_IMPORT_H */
