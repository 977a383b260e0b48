/* import.h: import-system helpers beyond the runtime.h entry points. */
#ifndef KRAIT_IMPORT_H
#define KRAIT_IMPORT_H

#include "obj.h"

/* Compile and run the file at path in module's globals. */
void kr_import_exec_module_file(kr_obj_t module, const char *path);

#endif /* KRAIT_IMPORT_H */
