# demo_app.py: a small "data logger" product: blinks the board LEDs (FPGA I/O register),
# samples a counter, keeps statistics and reports them as JSON lines on the UART.
import gc
import json
import time
import machine

FPGAIO_LED = 0x40028000        # bits 0..1: the two LEDs of the AN385
FPGAIO_CLK100HZ = 0x40028014   # free-running 100 Hz counter


class Stats:
    def __init__(self):
        self.n = 0
        self.total = 0
        self.lo = None
        self.hi = None

    def add(self, v):
        self.n += 1
        self.total += v
        self.lo = v if self.lo is None else min(self.lo, v)
        self.hi = v if self.hi is None else max(self.hi, v)

    def report(self):
        return {"n": self.n, "mean": self.total // max(self.n, 1), "lo": self.lo, "hi": self.hi}


def run(cycles, period_ms):
    print("demo: start", machine.freq() // 1000000, "MHz")
    stats = Stats()
    t0 = time.ticks_ms()
    for i in range(cycles):
        machine.mem32[FPGAIO_LED] = 1 << (i & 1)
        start = time.ticks_ms()
        time.sleep_ms(period_ms)
        stats.add(time.ticks_diff(time.ticks_ms(), start))
        print("demo: cycle", i, "led", machine.mem32[FPGAIO_LED] & 3)
    machine.mem32[FPGAIO_LED] = 0
    r = stats.report()
    r["ok"] = r["lo"] >= period_ms
    print("demo: stats", json.dumps({"n": r["n"], "ok": r["ok"]}))
    print("demo: elapsed_ok", time.ticks_diff(time.ticks_ms(), t0) >= cycles * period_ms)
    gc.collect()
    print("demo: heap free", gc.mem_free(), "of", gc.mem_free() + gc.mem_alloc())
    print("demo: done")
