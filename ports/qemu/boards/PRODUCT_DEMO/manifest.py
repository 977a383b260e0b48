# manifest.py: what PRODUCT_DEMO freezes into its firmware (docs/freezing.md).
module("main.py")
module("demo_app.py")
include("$(KRAIT_DIR)/lib/manifest.py")   # the shared Python libraries (asyncio)
