# The two commands of the README: `make` (set up, build, render the résumés) and
# `make test` (set up, build, run the whole test suite). CMake does the real work.
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

# `make test` also runs the suite under AddressSanitizer and UBSan, and each libFuzzer
# target (clang) for a fixed number of inputs from a fixed seed, so that the same commit always
# gets the same result; `make fuzz` fuzzes open-ended for FUZZ_SECONDS a target.
ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
# About a minute each on two cores (fuzz_parse ~3,000 inputs/s, fuzz_render ~100);
# fuzz_html runs a tenth of FUZZ_PARSE_RUNS (~160 inputs/s).
FUZZ_PARSE_RUNS ?= 150000
FUZZ_RENDER_RUNS ?= 5000
FUZZ_SECONDS ?= 600

.PHONY: all setup build render install deb test test-unit test-asan test-fuzz fuzz fuzz-build bench docs clean

all: render

setup:
	@scripts/setup.sh

$(BUILD)/Makefile: CMakeLists.txt | setup
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

build: setup $(BUILD)/Makefile
	cmake --build $(BUILD) -j $(JOBS)

# Both résumés in one run, in parallel; each PDF lands beside its Markdown file.
render: build
	$(BUILD)/jianli resume.md resume.en.md

# `make install` (PREFIX=/usr/local, DESTDIR for staging): the program, its layouts and
# fonts' package map, man page, completions and docs, through `cmake --install`.
PREFIX ?= /usr/local
install: build
	DESTDIR=$(DESTDIR) cmake --install $(BUILD) --prefix $(PREFIX)

# `make deb`: jianli_VERSION_amd64.deb in $(BUILD) (CPack; dependencies from
# dpkg-shlibdeps and the font packages the layouts name).
deb: build
	cd $(BUILD) && cpack -G DEB

test: test-unit test-asan test-fuzz

test-unit: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# LeakSanitizer: only third-party caches (fontconfig) are suppressed, in tests/lsan.supp.
test-asan: setup
	cmake -S . -B $(ASAN_BUILD) -DJIANLI_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && \
	  ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	  ctest --output-on-failure -j $(JOBS)

fuzz-build: setup
	CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -DJIANLI_FUZZ=ON -DJIANLI_TESTS=OFF \
	  -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target fuzz_parse fuzz_render fuzz_html

test-fuzz: fuzz-build
	tests/fuzz/run.sh $(FUZZ_BUILD)/tests/fuzz runs $(FUZZ_PARSE_RUNS) $(FUZZ_RENDER_RUNS)

# Open-ended fuzzing; each finding becomes an input in tests/fuzz/regressions/ and a fix.
fuzz: fuzz-build
	tests/fuzz/run.sh $(FUZZ_BUILD)/tests/fuzz seconds $(FUZZ_SECONDS)

bench: build
	bench/render.sh

# Page 1 of the seed résumé in every layout of layouts/, for docs/layouts.md, so that
# the pictures there never go stale: drawn by jianli itself (--format png), 80 dpi, reduced
# to 48 colours (python3-pil) so that each stays well under 250 KB in the repository.
QUANTIZE = from PIL import Image; import sys; \
  Image.open(sys.argv[1]).convert("RGB").quantize(48, dither=Image.Dither.NONE).save(sys.argv[1], optimize=True)

# An example (docs/examples/*.md, for docs/markdown.md) is cut to the ink on its page, the
# page number left out, with a margin of 12 px.
CROP = from PIL import Image, ImageOps; import sys; \
  im = Image.open(sys.argv[1]).convert("RGB"); w, h = im.size; \
  box = ImageOps.invert(im.crop((0, 0, w, int(h * 0.93)))).getbbox(); \
  im.crop((max(box[0] - 12, 0), max(box[1] - 12, 0), min(box[2] + 12, w), box[3] + 12)).save(sys.argv[1])

docs: build
	@mkdir -p docs/images
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	for file in layouts/*.yaml; do \
	  name=$$(basename $$file .yaml); png=docs/images/layout-$$name; \
	  $(BUILD)/jianli -q resume.md --layout $$name -f png --dpi 80 -o $$tmp/$$name.png && \
	  cp $$tmp/$$name-1.png $$png.png && \
	  /usr/bin/python3 -c '$(QUANTIZE)' $$png.png && \
	  echo "$$png.png ($$(stat -c %s $$png.png) bytes)" || exit 1; \
	done; \
	for file in docs/examples/*.md; do \
	  name=$$(basename $$file .md); png=docs/images/example-$$name; \
	  $(BUILD)/jianli -q $$file -f png --dpi 100 -o $$tmp/$$name.png && \
	  cp $$tmp/$$name-1.png $$png.png && \
	  /usr/bin/python3 -c '$(CROP)' $$png.png && \
	  /usr/bin/python3 -c '$(QUANTIZE)' $$png.png && \
	  echo "$$png.png ($$(stat -c %s $$png.png) bytes)" || exit 1; \
	done

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)
