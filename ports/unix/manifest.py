# manifest.py: what every unix build freezes (docs/freezing.md): the shared Python libraries.
include("$(KRAIT_DIR)/lib/manifest.py")
