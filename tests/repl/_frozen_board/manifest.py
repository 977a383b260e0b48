# manifest.py: a frozen boot.py and main.py for tests/repl/frozen_boot.py; included by
# tests/freeze/_frozen_src/manifest.py so the unix frozen variant has them.
module("boot.py")
module("main.py")
