# manifest.py: what GENERIC freezes into its firmware (docs/freezing.md): the shared Python
# libraries (lib/manifest.py: asyncio).
include("$(KRAIT_DIR)/lib/manifest.py")
