# main.py of PRODUCT_DEMO: the product's entry point, frozen into the firmware.
import demo_app

demo_app.run(cycles=5, period_ms=50)
