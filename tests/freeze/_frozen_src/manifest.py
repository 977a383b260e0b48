# manifest.py: the test manifest frozen into the unix port's frozen variant
# (make VARIANT=frozen); the tests in this directory check the result.
module("_frz_mod.py", base_path=".")
module("_frz_shadow.py", base_path=".")
module("_heavy_src.py", base_path="..")   # freeze_heap.py also runs its source
package("_frz_pkg", base_path=".")
freeze_as_str(".", ["_frz_src.py"])
module("_frz_opt.py", base_path=".", opt=1)
module("_frz_big.py", base_path=".")
include("../../repl/_frozen_board")
include("$(KRAIT_DIR)/ports/unix/manifest.py")
