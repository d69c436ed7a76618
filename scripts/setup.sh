#!/usr/bin/env bash
# Installs the Debian 12 packages jianli needs to build, render and test.
# As root it runs apt-get; otherwise it prints the exact command to run.
set -euo pipefail

packages=(
  # build
  cmake g++ make pkg-config
  libhpdf-dev libmd4c-dev libyaml-cpp-dev libfmt-dev libcli11-dev
  # hyphen-en-us: the English hyphenation patterns; libhyphen-dev: the tests' reference
  libhyphen-dev hyphen-en-us libharfbuzz-dev libfreetype-dev libfontconfig-dev libicu-dev libqpdf-dev
  libgumbo-dev librsvg2-dev libpng-dev
  # the embedded fonts' streams are deflated with libdeflate: faster than zlib, same size
  libdeflate-dev
  # --format png draws the pages with poppler-cpp's page renderer, and `jianli check`
  # extracts the PDF's text as pdftotext does, through poppler's C++ API
  libpoppler-cpp-dev
  # tests and benchmarks
  libgtest-dev libbenchmark-dev clang libclang-rt-14-dev
  poppler-utils mupdf-tools qpdf python3 python3-pil python3-pypdf python3-yaml time
  # `make deb` (CPack runs dpkg-shlibdeps for the dependencies); man reads jianli.1 in a test
  dpkg-dev man-db
  # fonts the layouts in layouts/ name
  fonts-noto-cjk fonts-lxgw-wenkai fonts-noto-core fonts-dejavu-core fonts-symbola fonts-hanazono
  # tests use these as faces without a bold, or as other Chinese families
  fonts-wqy-zenhei fonts-arphic-uming
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "jianli needs these Debian packages; install them as root with:" >&2
  echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
