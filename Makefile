# Makefile: builds Krait's unix port (build/krait), runs the tests and the REPL.
#   make          build build/krait
#   make run      build and start Krait (the REPL)
#   make test     build everything and run every test (also under ASan/UBSan)
#   make asan     build build-asan/krait (AddressSanitizer + UndefinedBehaviorSanitizer)
#   make bench    run the benchmarks against CPython 3

BUILD ?= build
CC ?= cc
PYTHON ?= python3
SAN ?= 0
OPT ?= -O2

CFLAGS_BASE = -std=c11 -Wall -Wextra -Werror -Wno-unused-parameter -D_GNU_SOURCE \
              -I. -Icore -I$(BUILD) -fno-strict-aliasing
ifeq ($(SAN),1)
CFLAGS_OPT = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined -DKR_SANITIZE=1
LDFLAGS_SAN = -fsanitize=address,undefined
else
CFLAGS_OPT = $(OPT) -g
LDFLAGS_SAN =
endif
CFLAGS = $(CFLAGS_BASE) $(CFLAGS_OPT) $(CFLAGS_EXTRA)
LDLIBS = -lm

SRC_C = $(sort $(wildcard core/*.c) $(wildcard modules/*.c) $(wildcard ports/unix/*.c))
OBJ = $(patsubst %.c,$(BUILD)/obj/%.o,$(SRC_C)) $(BUILD)/obj/genhdr/qstrdata.gen.o
QSTR_GEN = $(BUILD)/genhdr/qstrdefs.gen.h

.PHONY: all run test test-unix test-asan asan bench clean deps objs

all: $(BUILD)/krait

$(BUILD)/krait: $(OBJ)
	$(CC) $(LDFLAGS_SAN) -o $@ $(OBJ) $(LDLIBS)

objs: $(OBJ)

# The qstr table depends on every source (names used as KR_QSTR_xxx).
$(BUILD)/genhdr/qstrdata.gen.c: $(QSTR_GEN)
$(QSTR_GEN): $(SRC_C) $(wildcard core/*.h modules/*.h ports/unix/*.h) core/qstrdefs.txt tools/makeqstr.py
	@mkdir -p $(BUILD)/genhdr
	$(PYTHON) tools/makeqstr.py $(BUILD)/genhdr --defs core/qstrdefs.txt $(SRC_C) $(wildcard core/*.h modules/*.h ports/unix/*.h)

$(BUILD)/obj/%.o: %.c $(QSTR_GEN)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/obj/genhdr/qstrdata.gen.o: $(BUILD)/genhdr/qstrdata.gen.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<

-include $(OBJ:.o=.d)

asan:
	$(MAKE) BUILD=build-asan SAN=1

run: deps all
	./$(BUILD)/krait

deps:
	@./tools/install-deps.sh --check

test: deps all asan
	$(PYTHON) tools/runtests.py --krait $(BUILD)/krait
	ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	    $(PYTHON) tools/runtests.py --krait build-asan/krait --timeout 60
	ASAN_OPTIONS=detect_leaks=0 $(PYTHON) tools/fuzz_robust.py --krait build-asan/krait --mem-limit 0

bench: all
	$(PYTHON) bench/run.py --krait $(BUILD)/krait

clean:
	rm -rf build build-asan
