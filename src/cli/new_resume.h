// `jianli new [--lang zh|en] [FILE]`: a first résumé to edit, from the starter templates in
// DATA_DIR/data/new/ (data files, installed with the layouts).
#pragma once

#include <string>

namespace jianli::cli {

enum class StarterLanguage { Chinese, English };

// Writes the starter résumé in `language` to `file`; never replaces anything: a file, a
// symlink or anything else already there is refused. Returns the exit status (0 written,
// 2 refused: the file exists, its folder does not), having said why on stderr.
int write_starter(StarterLanguage language, const std::string& file, const std::string& data_dir);

}  // namespace jianli::cli
