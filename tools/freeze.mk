# freeze.mk: make fragment that builds the frozen-module C source from a board's manifest
# (docs/freezing.md). Include it from a port's Makefile after setting:
#   FROZEN_MANIFEST        the manifest (e.g. $(BOARD_DIR)/manifest.py); required
#   FROZEN_DIR             directory for the generated files (e.g. $(BUILD)/frozen)
#   KRAIT_CROSS            the host cross compiler (make it with `make -C $(KRAIT_DIR) krait-cross`,
#                          i.e. build/krait-cross of the unix build, or any BUILD dir)
#   FROZEN_SMALL_INT_BITS  the target's small-int width: 31 on 32-bit CPUs (default), 63 on 64-bit
#   FROZEN_OPT             default optimisation level for frozen modules (0..3, default 0)
#   FROZEN_VARS            extra manifest path variables: -v BOARD_DIR=... -v PORT_DIR=...
#   PYTHON                 (default python3)
# It defines:
#   FROZEN_C               the generated C file: compile and link it into the firmware
#   FROZEN_QSTRDEFS        pass `--defs $(FROZEN_QSTRDEFS)` to tools/makeqstr.py and make the
#                          qstr header depend on it (frozen names join the const qstr table)
#   FROZEN_CFLAGS          add to CFLAGS (-DKR_FROZEN_HAVE_CONTENT=1: core/frozen.c uses the table)
ifndef KRAIT_DIR
KRAIT_DIR := $(abspath $(dir $(lastword $(MAKEFILE_LIST)))..)
endif
PYTHON ?= python3
FROZEN_DIR ?= build/frozen
FROZEN_SMALL_INT_BITS ?= 31
FROZEN_OPT ?= 0
FROZEN_C = $(FROZEN_DIR)/frozen_content.c
FROZEN_QSTRDEFS = $(FROZEN_DIR)/frozen_qstrdefs.txt
FROZEN_CFLAGS = -DKR_FROZEN_HAVE_CONTENT=1

$(FROZEN_C): $(FROZEN_MANIFEST) $(KRAIT_CROSS) $(KRAIT_DIR)/tools/freeze.py
	@mkdir -p $(FROZEN_DIR)
	$(PYTHON) $(KRAIT_DIR)/tools/freeze.py $(FROZEN_MANIFEST) -o $(FROZEN_C) --qstrdefs $(FROZEN_QSTRDEFS) \
	    --cross $(KRAIT_CROSS) -msmall-int-bits=$(FROZEN_SMALL_INT_BITS) -O $(FROZEN_OPT) \
	    --deps $(FROZEN_DIR)/frozen.d $(FROZEN_VARS)

$(FROZEN_QSTRDEFS): $(FROZEN_C)
	@:

-include $(FROZEN_DIR)/frozen.d
