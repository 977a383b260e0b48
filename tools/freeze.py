#!/usr/bin/env python3
"""freeze.py: freeze Python modules into a Krait firmware image.

Usage: tools/freeze.py MANIFEST -o frozen_content.c --qstrdefs frozen_qstrdefs.txt
                       [--cross build/krait-cross] [-msmall-int-bits=31|63] [-v NAME=VALUE]...

Reads a board manifest (Python syntax; see docs/freezing.md), compiles each module
with krait-cross to the .kpy format, and writes C source whose const data holds the
code objects (bytecode, line tables, name tables, constants) so they run in place
from read-only memory, plus the table core/frozen.c searches (kr_frozen_modules).
The interned names the frozen code uses are written to --qstrdefs, which the build
passes to tools/makeqstr.py so they join the build-time const qstr table.

Manifest functions (paths relative to the manifest's directory; $(NAME) variables
from -v are substituted, e.g. $(BOARD_DIR), $(PORT_DIR), $(KRAIT_DIR)):
  module(file, base_path=".", opt=None, source=False)   one module, named after file
  package(name, files=None, base_path=".", opt=None, source=False)
                                    the package directory base_path/name (all .py)
  freeze(path, files=None, opt=None, source=False)
                                    every .py under directory path (or the listed files),
                                    named by their path relative to it
  freeze_as_str(path, files=None)   as freeze(), kept as source text (compiled at import)
  include(manifest)                 another manifest (a directory means its manifest.py)
  metadata(...)                     accepted and ignored
"""

import argparse
import os
import re
import struct
import subprocess
import sys
import tempfile

# ---------------------------------------------------------------- manifest


class Manifest:
    def __init__(self, variables):
        self.vars = variables
        self.modules = []   # (frozen path "pkg/mod.py", source file, opt, as_source)
        self.seen = {}
        self.manifests = []

    def expand(self, path, base):
        path = re.sub(r"\$\((\w+)\)", lambda m: self.vars.get(m.group(1), m.group(0)), path)
        if "$(" in path:
            raise SystemExit("freeze: unknown variable in %r" % path)
        return os.path.normpath(os.path.join(base, path))

    def add(self, frozen_path, src, opt, as_source):
        frozen_path = frozen_path.replace(os.sep, "/")
        if frozen_path in self.seen:
            # a later entry replaces an earlier one (like a board overriding a library)
            self.modules = [m for m in self.modules if m[0] != frozen_path]
        self.seen[frozen_path] = src
        self.modules.append((frozen_path, src, opt, as_source))

    def add_tree(self, root, files, prefix, opt, as_source):
        if not os.path.isdir(root):
            raise SystemExit("freeze: no such directory: %s" % root)
        if files is None:
            files = []
            for dirpath, dirnames, filenames in os.walk(root):
                dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
                for f in sorted(filenames):
                    if f.endswith(".py"):
                        files.append(os.path.relpath(os.path.join(dirpath, f), root))
        for f in files:
            src = os.path.join(root, f)
            if not os.path.isfile(src):
                raise SystemExit("freeze: no such file: %s" % src)
            self.add(prefix + f.replace(os.sep, "/"), src, opt, as_source)

    def load(self, path):
        if os.path.isdir(path):
            path = os.path.join(path, "manifest.py")
        base = os.path.dirname(os.path.abspath(path))
        self.manifests.append(path)

        def module(file, base_path=".", opt=None, source=False):
            bp = self.expand(base_path, base)
            src = os.path.join(bp, file)
            if not os.path.isfile(src):
                raise SystemExit("freeze: no such file: %s" % src)
            self.add(file, src, opt, source)

        def package(name, files=None, base_path=".", opt=None, source=False):
            bp = self.expand(base_path, base)
            self.add_tree(os.path.join(bp, name), files, name + "/", opt, source)

        def freeze(path, files=None, opt=None, source=False):
            if isinstance(files, str):
                files = [files]
            self.add_tree(self.expand(path, base), files, "", opt, source)

        def freeze_as_str(path, files=None):
            freeze(path, files, source=True)

        def include(other):
            if isinstance(other, (list, tuple)):
                for o in other:
                    include(o)
                return
            self.load(self.expand(other, base))

        def metadata(*args, **kwargs):
            pass

        def require(name, *args, **kwargs):
            raise SystemExit("freeze: require(%r): package libraries are not supported" % name)

        env = {"module": module, "package": package, "freeze": freeze, "freeze_as_str": freeze_as_str,
               "include": include, "metadata": metadata, "require": require}
        with open(path, encoding="utf-8") as f:
            code = compile(f.read(), path, "exec")
        exec(code, env)


# ---------------------------------------------------------------- .kpy reader

KPY_VERSION = 1
(C_NONE, C_FALSE, C_TRUE, C_ELLIPSIS, C_INT, C_BIGINT, C_FLOAT, C_COMPLEX, C_STR, C_QSTR, C_BYTES,
 C_TUPLE, C_FROZENSET, C_CODE) = range(14)


class Code:
    pass


class Reader:
    def __init__(self, data):
        if data[:3] != b"KPY" or data[3] != KPY_VERSION:
            raise SystemExit("freeze: krait-cross wrote an incompatible .kpy file")
        self.small_int_bits = data[5]
        self.data = data
        self.pos = 16
        n = self.uint()
        self.qstrs = []
        for _ in range(n):
            ln = self.uint()
            self.qstrs.append(self.take(ln).decode("utf-8", "surrogatepass"))
        self.code = self.read_code()

    def take(self, n):
        b = self.data[self.pos:self.pos + n]
        self.pos += n
        return b

    def uint(self):
        v = shift = 0
        while True:
            b = self.data[self.pos]
            self.pos += 1
            v |= (b & 0x7f) << shift
            shift += 7
            if not b & 0x80:
                return v

    def qstr(self):
        return self.qstrs[self.uint()]

    def read_const(self):
        tag = self.take(1)[0]
        if tag == C_NONE:
            return ("none",)
        if tag == C_FALSE:
            return ("false",)
        if tag == C_TRUE:
            return ("true",)
        if tag == C_ELLIPSIS:
            return ("ellipsis",)
        if tag == C_INT:
            z = self.uint()
            return ("int", -(z >> 1) - 1 if z & 1 else z >> 1)
        if tag == C_BIGINT:
            return ("int", int(self.take(self.uint()).decode()))
        if tag == C_FLOAT:
            return ("float", struct.unpack("<d", self.take(8))[0])
        if tag == C_COMPLEX:
            return ("complex", struct.unpack("<dd", self.take(16)))
        if tag == C_STR:
            return ("str", self.take(self.uint()))
        if tag == C_BYTES:
            return ("bytes", self.take(self.uint()))
        if tag == C_QSTR:
            return ("qstr", self.qstr())
        if tag in (C_TUPLE, C_FROZENSET):
            n = self.uint()
            return ("tuple" if tag == C_TUPLE else "frozenset", [self.read_const() for _ in range(n)])
        if tag == C_CODE:
            return ("code", self.read_code())
        raise SystemExit("freeze: bad constant tag %d" % tag)

    def read_code(self):
        c = Code()
        (c.flags, c.n_pos_args, c.n_posonly_args, c.n_kwonly_args, c.n_locals, c.n_free,
         c.n_cell_slots, c.stack_size, c.block_depth, c.first_line) = [self.uint() for _ in range(10)]
        c.name = self.qstr()
        c.filename = self.qstr()
        c.bytecode = self.take(self.uint())
        c.line_info = self.take(self.uint())
        c.names = [self.qstr() for _ in range(self.uint())]
        c.local_names = [self.qstr() for _ in range(c.n_locals)]
        c.cell_slots = [self.uint() for _ in range(c.n_cell_slots)]
        c.consts = [self.read_const() for _ in range(self.uint())]
        return c


# ---------------------------------------------------------------- C output

def qhash(data):
    h = 2166136261
    for b in data:
        h ^= b
        h = (h * 16777619) & 0xFFFFFFFF
    return h if h != 0 else 1


def c_string(b):
    out = []
    for c in b:
        if c in (0x22, 0x5C):
            out.append("\\" + chr(c))
        elif 32 <= c < 127 and c != ord("?"):
            out.append(chr(c))
        else:
            out.append("\\%03o" % c)
    return '"' + "".join(out) + '"'


def c_bytes(b):
    if not b:
        return "{0}"
    return "{" + ",".join(str(x) for x in b) + "}"


class CannotFreeze(Exception):
    pass


class Emitter:
    def __init__(self, small_int_bits):
        self.small_int_bits = small_int_bits
        self.qstrs = {}        # text -> C name
        self.lines = []
        self.counter = 0
        self.uses_big_ints = False

    def qstr(self, text):
        """C constant expression for the qstr number of text"""
        if len(text) == 1 and ord(text) < 128:
            return "KR_QSTR_CHAR(%d)" % ord(text)   # the one-character qstrs
        if text == "":
            return "KR_QSTR_empty"
        if "\n" in text or "\r" in text or "\0" in text:
            raise CannotFreeze("interned string with a line break")
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise CannotFreeze("interned string with a lone surrogate") from None
        name = "fzq_" + text.encode("utf-8").hex()
        self.qstrs[text] = name
        return "KR_QSTR_" + name

    def new_sym(self, kind):
        self.counter += 1
        return "fz_%s%d" % (kind, self.counter)

    def const(self, c, out):
        kind = c[0]
        if kind == "none":
            return "KR_OBJ_NONE"
        if kind == "false":
            return "KR_OBJ_FALSE"
        if kind == "true":
            return "KR_OBJ_TRUE"
        if kind == "ellipsis":
            return "KR_OBJ_ELLIPSIS"
        if kind == "qstr":
            return "KR_NEW_QSTR(%s)" % self.qstr(c[1])
        if kind == "int":
            v = c[1]
            lim = 1 << (self.small_int_bits - 1)
            if -lim <= v < lim:
                return "KR_NEW_SMALL_INT(%dLL)" % v if abs(v) < (1 << 30) else \
                    "KR_NEW_SMALL_INT((kr_int_t)%dLL)" % v
            # a big int: a const mpz with 32-bit digits, least significant first
            mag = abs(v)
            digs = []
            while mag:
                digs.append(mag & 0xFFFFFFFF)
                mag >>= 32
            self.uses_big_ints = True
            sym = self.new_sym("i")
            out.append("static const kr_mpz_dig_t %s_dig[%d] = {%s};" % (sym, len(digs), ", ".join("%du" % d for d in digs)))
            out.append("static const kr_obj_int_t %s = {{&kr_type_int}, {.len = %d, .alloc = %d, .neg = %s, "
                       ".fixed = true, .dig = (kr_mpz_dig_t *)%s_dig}};"
                       % (sym, len(digs), len(digs), "true" if v < 0 else "false", sym))
            return "KR_ROM_PTR(&%s)" % sym
        if kind == "float":
            v = c[1]
            if v != v or v in (float("inf"), float("-inf")):
                raise CannotFreeze("non-finite float constant")
            sym = self.new_sym("f")
            out.append("static const kr_obj_float_t %s = {{&kr_type_float}, %s};" % (sym, v.hex()))
            return "KR_ROM_PTR(&%s)" % sym
        if kind in ("str", "bytes"):
            data = c[1]
            sym = self.new_sym("s")
            char_len = len(data.decode("utf-8", "surrogatepass")) if kind == "str" else len(data)
            out.append("static const kr_obj_str_t %s = {{&kr_type_%s}, %du, %d, %d, (const uint8_t *)%s};"
                       % (sym, kind, qhash(data), len(data), char_len, c_string(data)))
            return "KR_ROM_PTR(&%s)" % sym
        if kind == "tuple":
            items = [self.const(x, out) for x in c[1]]
            sym = self.new_sym("t")
            if items:
                out.append("static const struct { kr_obj_base_t base; size_t len; kr_obj_t items[%d]; } %s = "
                           "{{&kr_type_tuple}, %d, {%s}};" % (len(items), sym, len(items), ", ".join(items)))
            else:
                out.append("static const kr_obj_tuple_t %s = {{&kr_type_tuple}, 0};" % sym)
            return "KR_ROM_PTR(&%s)" % sym
        if kind == "code":
            return "KR_ROM_PTR(&%s)" % self.code(c[1], out)
        raise CannotFreeze("%s constant" % kind)

    def code(self, c, out):
        consts = [self.const(x, out) for x in c.consts]
        sym = self.new_sym("code")
        fields = [".base = {&kr_type_code}",
                  ".flags = 0x%x | KR_CODE_FLAG_FROZEN" % c.flags]
        for f in ("n_pos_args", "n_posonly_args", "n_kwonly_args", "n_locals", "n_free", "n_cell_slots",
                  "stack_size", "block_depth"):
            fields.append(".%s = %d" % (f, getattr(c, f)))
        fields.append(".n_consts = %d" % len(c.consts))
        fields.append(".n_names = %d" % len(c.names))
        fields.append(".bytecode_len = %d" % len(c.bytecode))
        fields.append(".first_line = %d" % c.first_line)
        fields.append(".line_info_len = %d" % len(c.line_info))
        fields.append(".name = %s" % self.qstr(c.name))
        fields.append(".filename = %s" % self.qstr(c.filename))
        out.append("static const uint8_t %s_bc[%d] = %s;" % (sym, len(c.bytecode), c_bytes(c.bytecode)))
        fields.append(".bytecode = %s_bc" % sym)
        if c.line_info:
            out.append("static const uint8_t %s_li[%d] = %s;" % (sym, len(c.line_info), c_bytes(c.line_info)))
            fields.append(".line_info = %s_li" % sym)
        if consts:
            out.append("static const kr_obj_t %s_consts[%d] = {%s};" % (sym, len(consts), ", ".join(consts)))
            fields.append(".consts = %s_consts" % sym)
        if c.names:
            out.append("static const kr_obj_t %s_names[%d] = {%s};" % (
                sym, len(c.names), ", ".join("KR_NEW_QSTR(%s)" % self.qstr(n) for n in c.names)))
            fields.append(".names = %s_names" % sym)
        if c.local_names:
            out.append("static const kr_obj_t %s_locals[%d] = {%s};" % (
                sym, len(c.local_names), ", ".join("KR_NEW_QSTR(%s)" % self.qstr(n) for n in c.local_names)))
            fields.append(".local_names = %s_locals" % sym)
            if c.n_pos_args + c.n_kwonly_args > 0:
                fields.append(".arg_names = %s_locals" % sym)
        if c.cell_slots:
            out.append("static const uint16_t %s_cells[%d] = {%s};" % (
                sym, len(c.cell_slots), ", ".join(str(x) for x in c.cell_slots)))
            fields.append(".cell_slots = %s_cells" % sym)
        out.append("static const kr_code_t %s = {\n    %s\n};" % (sym, ",\n    ".join(fields)))
        return sym


def run_cross(cross, src, frozen_path, opt, bits, tmpdir):
    out = os.path.join(tmpdir, "m.kpy")
    cmd = [cross, "-msmall-int-bits=%d" % bits, "-s", frozen_path, "-o", out]
    if opt:
        cmd.append("-O%d" % opt)
    cmd.append(src)
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        sys.stderr.write(p.stderr.decode("utf-8", "replace"))
        raise SystemExit("freeze: krait-cross failed on %s" % src)
    with open(out, "rb") as f:
        return f.read()


def main():
    ap = argparse.ArgumentParser(description="freeze Python modules into C source (see docs/freezing.md)")
    ap.add_argument("manifest")
    ap.add_argument("-o", "--output", required=True, help="C file to write")
    ap.add_argument("--qstrdefs", required=True, help="qstr definitions file to write (for makeqstr.py)")
    ap.add_argument("--cross", default="build/krait-cross")
    ap.add_argument("-msmall-int-bits", dest="bits", type=int, default=31)
    ap.add_argument("-O", dest="opt", type=int, default=0, help="default optimisation level")
    ap.add_argument("-v", dest="vars", action="append", default=[], help="NAME=VALUE path variable")
    ap.add_argument("--deps", help="write a make dependency file")
    args = ap.parse_args()
    variables = {"KRAIT_DIR": os.path.dirname(os.path.dirname(os.path.abspath(__file__)))}
    variables["MPY_DIR"] = variables["KRAIT_DIR"]
    for v in args.vars:
        k, _, val = v.partition("=")
        variables[k] = val
    man = Manifest(variables)
    man.load(args.manifest)

    em = Emitter(args.bits)
    body = []
    table = []
    with tempfile.TemporaryDirectory(prefix="krait-freeze-") as tmp:
        for i, (fpath, src, opt, as_source) in enumerate(man.modules):
            if as_source:
                with open(src, "rb") as f:
                    text = f.read()
                sym = "fz_src%d" % i
                body.append("static const char %s[] = %s;" % (sym, c_string(text)))
                table.append('    {%s, KR_FROZEN_KIND_SOURCE, %d, %s},' % (c_string(fpath.encode()), len(text), sym))
                continue
            kpy = run_cross(args.cross, src, fpath, args.opt if opt is None else opt, args.bits, tmp)
            code = Reader(kpy).code
            out = []
            saved = dict(em.qstrs)
            try:
                sym = em.code(code, out)
                body.extend(out)
                table.append('    {%s, KR_FROZEN_KIND_CODE, 0, &%s},' % (c_string(fpath.encode()), sym))
            except CannotFreeze as e:
                # keep the .kpy image in ROM; it is loaded into the heap at import
                em.qstrs = saved
                sys.stderr.write("freeze: %s: %s; frozen as a .kpy image (loaded at import)\n" % (src, e))
                sym = "fz_kpy%d" % i
                body.append("static const uint8_t %s[%d] = %s;" % (sym, len(kpy), c_bytes(kpy)))
                table.append('    {%s, KR_FROZEN_KIND_KPY, %d, %s},' % (c_string(fpath.encode()), len(kpy), sym))
    lines = ["/* frozen_content.c: generated by tools/freeze.py from %s; do not edit. */"
             % os.path.relpath(args.manifest),
             "#include \"obj.h\"",
             "#include \"bytecode.h\"",
             "#include \"objint.h\"",
             "#include \"frozen.h\"",
             ""]
    if em.uses_big_ints:
        # big-int constants are only valid where ints of that size are not small ints
        lines.append("_Static_assert(sizeof(kr_int_t) * 8 - 1 == %d, \"frozen code was compiled for another "
                     "small-int width: set FROZEN_SMALL_INT_BITS\");" % args.bits)
    else:
        lines.append("_Static_assert(sizeof(kr_int_t) * 8 - 1 >= %d, \"frozen code was compiled for wider "
                     "small ints than this target: set FROZEN_SMALL_INT_BITS\");" % args.bits)
    lines.extend(body)
    lines.append("")
    lines.append("const kr_frozen_module_t kr_frozen_modules[%d] = {" % max(1, len(table)))
    lines.extend(table or ["    {\"\", 0, 0, NULL},"])
    lines.append("};")
    lines.append("const size_t kr_frozen_modules_count = %d;" % len(table))
    new_c = "\n".join(lines) + "\n"
    defs = ["# frozen_qstrdefs.txt: generated by tools/freeze.py; names used by frozen code"]
    for text, name in sorted(em.qstrs.items(), key=lambda kv: kv[1]):
        defs.append("%s %s" % (name, text))
    new_defs = "\n".join(defs) + "\n"
    # the qstr defs first, so the C file is never older than them (freeze.mk); files whose
    # content is unchanged keep their timestamp, so nothing is rebuilt needlessly
    for path, content in ((args.qstrdefs, new_defs), (args.output, new_c)):
        try:
            with open(path, encoding="utf-8") as f:
                if f.read() == content:
                    continue
        except OSError:
            pass
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(content)
    if args.deps:
        srcs = sorted({m[1] for m in man.modules} | set(man.manifests))
        with open(args.deps, "w") as f:
            f.write("%s %s: %s\n" % (args.output, args.qstrdefs, " ".join(srcs)))
            for s in srcs:
                f.write("%s:\n" % s)


if __name__ == "__main__":
    main()
