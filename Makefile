# Makefile: builds Krait's unix port (build/krait), runs the tests and the REPL.
#   make          build build/krait
#   make run      build the GENERIC board firmware and boot it in QEMU: the Krait REPL on
#                 the emulated UART (leave QEMU with Ctrl-A then X); build/krait is the
#                 unix REPL
#   make qemu     build the qemu port's boards (GENERIC, PRODUCT_DEMO)
#   make test-board  run the test suite on GENERIC in QEMU (tests/board too)
#   make test     build everything and run every test (also under ASan/UBSan)
#   make asan     build build-asan/krait (AddressSanitizer + UndefinedBehaviorSanitizer)
#   make gcstress build build-gcstress/krait (ASan + UBSan, garbage collected every 2 KiB)
#   make bench    run the benchmarks against CPython 3
#   make VARIANT=frozen BUILD=build-frozen   build-frozen/krait with tests/freeze/_frozen_src/manifest.py frozen in
#   (every build freezes ports/unix/manifest.py -- lib/asyncio -- with the plain cross
#   compiler built once in build-host (HOST_CROSS_BUILD), and copies it to $(BUILD)/krait-cross, the
#   .py -> .kpy cross compiler; FROZEN_MANIFEST= builds without frozen modules)

SHELL := /bin/bash
BUILD ?= build
CC ?= cc
PYTHON ?= python3
SAN ?= 0
OPT ?= -O2
# the plain host cross compiler every variant freezes its modules with (built once)
HOST_CROSS_BUILD ?= build-host
# parallel jobs for the builds `make test` does
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

CFLAGS_BASE = -std=c11 -Wall -Wextra -Werror -Wno-unused-parameter -D_GNU_SOURCE \
              -I. -Icore -I$(BUILD) -fno-strict-aliasing -DKR_MODULE_MACHINE=1
ifeq ($(SAN),1)
CFLAGS_OPT = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined -DKR_SANITIZE=1
LDFLAGS_SAN = -fsanitize=address,undefined
else
CFLAGS_OPT = $(OPT) -g
LDFLAGS_SAN =
endif
# GC_STRESS=1: collect after every 2 KiB allocated (finds pointers the collector cannot see)
ifeq ($(GC_STRESS),1)
CFLAGS_GC = -DKR_GC_AUTO_MIN_BYTES=2048 -DKR_GC_AUTO_LIVE_FACTOR=1
endif
CFLAGS = $(CFLAGS_BASE) $(CFLAGS_OPT) $(CFLAGS_GC) $(CFLAGS_EXTRA)
LDLIBS = -lm

SRC_C = $(sort $(wildcard core/*.c) $(wildcard modules/*.c) $(wildcard ports/unix/*.c))
OBJ = $(patsubst %.c,$(BUILD)/obj/%.o,$(SRC_C)) $(BUILD)/obj/genhdr/qstrdata.gen.o
QSTR_GEN = $(BUILD)/genhdr/qstrdefs.gen.h
QSTR_EXTRA_DEFS =
CROSS_OBJ = $(filter-out $(BUILD)/obj/ports/unix/main.o,$(OBJ)) $(BUILD)/obj/tools/cross/main.o

.DEFAULT_GOAL := all

# Frozen modules (docs/freezing.md): every build freezes ports/unix/manifest.py (lib/:
# asyncio); VARIANT=frozen freezes the test manifest (which includes it); FROZEN_MANIFEST=
# (empty) builds without frozen modules.
ifeq ($(VARIANT),frozen)
FROZEN_MANIFEST ?= tests/freeze/_frozen_src/manifest.py
endif
FROZEN_MANIFEST ?= ports/unix/manifest.py
ifneq ($(FROZEN_MANIFEST),)
FROZEN_DIR = $(BUILD)/frozen
KRAIT_CROSS = $(HOST_CROSS_BUILD)/krait-cross
FROZEN_SMALL_INT_BITS = 63
include tools/freeze.mk
OBJ += $(BUILD)/obj/frozen/frozen_content.o
CROSS_OBJ =
QSTR_EXTRA_DEFS = $(FROZEN_QSTRDEFS)
CFLAGS_EXTRA += $(FROZEN_CFLAGS)
# (always asked for, so it follows the core sources; relinked only when they changed)
$(KRAIT_CROSS): FORCE
	$(MAKE) BUILD=$(HOST_CROSS_BUILD) VARIANT= FROZEN_MANIFEST= SAN=0 $(HOST_CROSS_BUILD)/krait-cross
FORCE:
$(BUILD)/obj/frozen/frozen_content.o: $(FROZEN_C) $(QSTR_GEN)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<
# the cross compiler of a frozen build is the plain one it was made with
$(BUILD)/krait-cross: $(KRAIT_CROSS)
	@mkdir -p $(dir $@)
	cp $< $@
else
$(BUILD)/krait-cross: $(CROSS_OBJ)
	$(CC) $(LDFLAGS_SAN) -o $@ $(CROSS_OBJ) $(LDLIBS)
endif

.PHONY: all run test test-unix test-asan asan bench clean deps objs frozen frozen-all FORCE qemu test-board gcstress

all: $(BUILD)/krait $(BUILD)/krait-cross

$(BUILD)/krait: $(OBJ)
	$(CC) $(LDFLAGS_SAN) -o $@ $(OBJ) $(LDLIBS)

objs: $(OBJ)

# The qstr table depends on every source (names used as KR_QSTR_xxx).
$(BUILD)/genhdr/qstrdata.gen.c: $(QSTR_GEN)
$(QSTR_GEN): $(SRC_C) $(wildcard core/*.h modules/*.h ports/unix/*.h) core/qstrdefs.txt tools/makeqstr.py $(QSTR_EXTRA_DEFS)
	@mkdir -p $(BUILD)/genhdr
	$(PYTHON) tools/makeqstr.py $(BUILD)/genhdr --defs core/qstrdefs.txt $(addprefix --defs ,$(QSTR_EXTRA_DEFS)) $(SRC_C) $(wildcard core/*.h modules/*.h ports/unix/*.h)

$(BUILD)/obj/%.o: %.c $(QSTR_GEN)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/obj/genhdr/qstrdata.gen.o: $(BUILD)/genhdr/qstrdata.gen.c $(QSTR_GEN)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<

-include $(OBJ:.o=.d) $(BUILD)/obj/tools/cross/main.d

asan:
	$(MAKE) BUILD=build-asan SAN=1

# ASan/UBSan build that collects garbage very often (make test runs the suite on it)
gcstress:
	$(MAKE) BUILD=build-gcstress SAN=1 GC_STRESS=1

run: deps all
	$(MAKE) -C ports/qemu BOARD=GENERIC BUILD=$(CURDIR)/build-qemu-GENERIC HOST_BUILD=$(BUILD) run

# the qemu port: firmware for each board (frozen modules use $(BUILD)/krait-cross)
QEMU_BOARDS = GENERIC PRODUCT_DEMO
qemu: all
	for b in $(QEMU_BOARDS); do \
	    $(MAKE) -C ports/qemu BOARD=$$b BUILD=$(CURDIR)/build-qemu-$$b HOST_BUILD=$(BUILD) || exit 1; done

# the test suite on the emulated GENERIC board over its UART (two QEMUs in parallel)
test-board: qemu
	$(PYTHON) tools/runtests.py --target qemu --firmware build-qemu-GENERIC/firmware.elf -j2 --timeout 120

deps:
	@./tools/install-deps.sh --check

# make test: every build first (in parallel), then each test step; a step's output goes
# to the terminal and to $(TEST_LOG), and tools/testsum.py prints the total at the end
# (every step runs even when an earlier one failed; the exit status says if any did).
TEST_LOG = build-test.log
test: deps
	$(MAKE) -j$(JOBS) BUILD=$(HOST_CROSS_BUILD) VARIANT= FROZEN_MANIFEST= SAN=0 $(HOST_CROSS_BUILD)/krait-cross
	$(MAKE) -j$(JOBS) all asan
	$(MAKE) -j$(JOBS) frozen frozen-all qemu gcstress
	@rm -f $(TEST_LOG)
	-@$(call test_step,unix,$(PYTHON) tools/runtests.py --krait $(BUILD)/krait)
	-@$(call test_step,unix-asan,ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 $(PYTHON) tools/runtests.py --krait build-asan/krait --timeout 60)
	-@$(call test_step,unix-gcstress,ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 $(PYTHON) tools/runtests.py --krait build-gcstress/krait --timeout 120)
	-@$(call test_step,fuzz-asan,ASAN_OPTIONS=detect_leaks=0 $(PYTHON) tools/fuzz_robust.py --krait build-asan/krait --mem-limit 0)
	-@$(call test_step,kpy,$(PYTHON) tools/test_kpy.py --krait $(BUILD)/krait --cross $(BUILD)/krait-cross)
	-@$(call test_step,kpy-asan,ASAN_OPTIONS=detect_leaks=0 $(PYTHON) tools/test_kpy.py --krait build-asan/krait --cross build-asan/krait-cross --no-round-trip)
	-@$(call test_step,frozen,$(PYTHON) tools/runtests.py --krait $(BUILD)-frozen/krait tests/freeze tests/import)
	-@$(call test_step,frozen-asan,ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=halt_on_error=1 $(PYTHON) tools/runtests.py --krait build-asan-frozen/krait --timeout 60 tests/freeze tests/import)
	-@$(call test_step,frozen-all,$(PYTHON) tools/test_freeze_all.py --krait $(BUILD)-frozenall/krait)
	-@$(call test_step,board,$(PYTHON) tools/runtests.py --target qemu --firmware build-qemu-GENERIC/firmware.elf -j2 --timeout 120)
	@$(PYTHON) tools/testsum.py $(TEST_LOG)

# $(call test_step,NAME,COMMAND): run COMMAND, copy its output to $(TEST_LOG), record its status
test_step = echo "== $(1)"; { $(2); } 2>&1 | tee -a $(TEST_LOG); echo "== $(1) exit=$${PIPESTATUS[0]}" >> $(TEST_LOG)

# the unix port with tests/freeze/_frozen_src/manifest.py frozen in (plain and ASan)
frozen:
	$(MAKE) BUILD=$(BUILD)-frozen VARIANT=frozen
	$(MAKE) BUILD=build-asan-frozen SAN=1 VARIANT=frozen

# every test program frozen into one build (tools/test_freeze_all.py)
frozen-all:
	$(PYTHON) tools/test_freeze_all.py --write-manifest $(BUILD)-frozenall/manifest.py
	$(MAKE) BUILD=$(BUILD)-frozenall FROZEN_MANIFEST=$(BUILD)-frozenall/manifest.py

bench: all
	$(PYTHON) bench/run.py --krait $(BUILD)/krait

clean:
	rm -rf build build-host build-test.log build-asan build-gcstress build-frozen build-asan-frozen build-frozenall
