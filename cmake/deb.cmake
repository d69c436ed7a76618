# `make deb` (cpack -G DEB in the build folder): jianli_VERSION_ARCH.deb. Its dependencies
# are the shared libraries' packages (dpkg-shlibdeps, from dpkg-dev) and the font packages
# the shipped layouts name (each family of their `fonts:` lists, mapped through
# fonts/packages.yaml), so that the shipped layouts work once it is installed.

file(STRINGS fonts/packages.yaml package_lines REGEX "^[^#].*: ")
file(GLOB layout_files ${CMAKE_CURRENT_SOURCE_DIR}/layouts/*.yaml)
set(font_packages "")
foreach(layout_file ${layout_files})
  # `  chinese: [Noto Serif CJK SC]`, `  latin: [Noto Serif, DejaVu Sans]  # why`
  file(STRINGS ${layout_file} font_lines REGEX "^  (chinese|latin|fallback|mono): \\[")
  foreach(line ${font_lines})
    string(REGEX REPLACE "^[^[]*\\[([^]]*)\\].*$" "\\1" families "${line}")
    string(REPLACE "," ";" families "${families}")
    foreach(family ${families})
      string(STRIP "${family}" family)
      foreach(package_line ${package_lines})
        if(package_line MATCHES "^${family}: *([a-z0-9.+-]+)")
          list(APPEND font_packages ${CMAKE_MATCH_1})
        endif()
      endforeach()
    endforeach()
  endforeach()
endforeach()
list(REMOVE_DUPLICATES font_packages)
list(SORT font_packages)
list(JOIN font_packages ", " font_depends)

# cpack (and `cmake --build --target install`) would otherwise first build everything, the
# tests too; `make deb` and `make install` build what they need before.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME jianli)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "jianli maintainers <jianli@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "typesets a Markdown résumé into a PDF with embedded Chinese fonts")
set(CPACK_PACKAGE_DESCRIPTION "jianli reads a résumé written in Markdown with YAML front matter \
(a Jekyll page works as it is) and sets it as a print-quality PDF: Chinese line breaking, \
justified lines, subset embedded fonts, links and bookmarks, in one of several layouts.")
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # jianli_0.1.0_amd64.deb
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# hyphen-en-us: the English hyphenation patterns src/text/hyphenate.cpp reads.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "hyphen-en-us, ${font_depends}")
include(CPack)
