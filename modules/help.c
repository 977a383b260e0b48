/* help.c: the help() builtin (usage text, help(obj) listing an object's attributes, help('modules')). */
#include <string.h>
#include "obj.h"
#include "map.h"
#include "runtime.h"
#include "objmodule.h"
#include "modbuiltins.h"

static const char help_text[] =
    "Welcome to Krait, a compact Python 3 for microcontroller products.\n"
    "\n"
    "Control commands at the REPL:\n"
    "  CTRL-A        -- on a blank line, enter raw REPL mode\n"
    "  CTRL-B        -- on a blank line, enter normal REPL mode\n"
    "  CTRL-C        -- interrupt a running program\n"
    "  CTRL-D        -- on a blank line, do a soft reset of the board\n"
    "  CTRL-E        -- on a blank line, enter paste mode\n"
    "\n"
    "For a list of available modules, type help('modules').\n"
    "For the attributes of an object, type help(obj).\n";

static void print_entries(kr_map_t *map) {
    size_t pos = 0;
    kr_map_elem_t *e;
    while ((e = kr_map_next(map, &pos)) != NULL) {
        kr_print_str(&kr_print_stdout, "  ");
        kr_obj_print(&kr_print_stdout, e->key, KR_PRINT_STR);
        kr_print_str(&kr_print_stdout, " -- ");
        kr_obj_print(&kr_print_stdout, e->value, KR_PRINT_REPR);
        kr_print_str(&kr_print_stdout, "\n");
    }
}

static void print_modules(void) {
    size_t pos = 0;
    kr_map_elem_t *e;
    kr_map_t *map = (kr_map_t *)&kr_module_builtin_table.map;
    while ((e = kr_map_next(map, &pos)) != NULL) {
        kr_obj_print(&kr_print_stdout, e->key, KR_PRINT_STR);
        kr_print_str(&kr_print_stdout, "\n");
    }
    kr_print_str(&kr_print_stdout, "sys\nPlus any modules on the filesystem or frozen into the firmware\n");
}

static kr_obj_t help(size_t n_args, const kr_obj_t *args) {
    if (n_args == 0) {
        kr_print_str(&kr_print_stdout, help_text);
        return KR_OBJ_NONE;
    }
    kr_obj_t obj = args[0];
    if (kr_obj_is_str(obj)) {
        size_t len;
        const char *s = kr_obj_str_get_data(obj, &len);
        if (len == 7 && memcmp(s, "modules", 7) == 0) {
            print_modules();
            return KR_OBJ_NONE;
        }
    }
    kr_print_str(&kr_print_stdout, "object ");
    kr_obj_print(&kr_print_stdout, obj, KR_PRINT_REPR);
    kr_print_str(&kr_print_stdout, " is of type ");
    const kr_type_t *t = kr_obj_get_type(obj);
    kr_print_str(&kr_print_stdout, kr_qstr_str(t->name));
    kr_print_str(&kr_print_stdout, "\n");
    if (kr_obj_is_type(obj, &kr_type_module)) {
        print_entries(&((kr_obj_module_t *)KR_OBJ_TO_PTR(obj))->globals->map);
        return KR_OBJ_NONE;
    }
    if (kr_obj_is_instance(obj, &kr_type_type)) {
        t = KR_OBJ_TO_PTR(obj);
    }
    if (t->locals_dict != NULL) {
        print_entries((kr_map_t *)&t->locals_dict->map);
    }
    return KR_OBJ_NONE;
}
KR_DEFINE_FUN_VAR(kr_help_obj, 0, 1, help);
