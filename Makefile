# The two commands of the README: `make` (set up, build, render the résumés) and
# `make test` (set up, build, run the whole test suite). CMake does the real work.
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: all setup build render test bench clean

all: render

setup:
	@scripts/setup.sh

$(BUILD)/Makefile: CMakeLists.txt | setup
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

build: setup $(BUILD)/Makefile
	cmake --build $(BUILD) -j $(JOBS)

render: build
	$(BUILD)/jianli resume.md -o resume.pdf

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

bench: build
	bench/render.sh

clean:
	rm -rf $(BUILD)
