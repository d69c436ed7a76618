#include "cli/manual.h"

namespace jianli::cli {
namespace {

// roff: a backslash is written \e, a hyphen that is a minus sign \- (so that it can be
// searched and copied), and a line may not start with a control character.
std::string roff(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\\') {
      out += "\\e";
    } else if (c == '-') {
      out += "\\-";
    } else {
      out += c;
    }
  }
  if (!out.empty() && (out.front() == '.' || out.front() == '\'')) out.insert(0, "\\&");
  return out;
}

// "\fB\-o\fR, \fB\-\-output\fR \fIFILE\fR"
std::string option_names(const CLI::Option& option) {
  std::string out;
  for (const std::string& name : option.get_snames())
    out += (out.empty() ? "" : ", ") + std::string("\\fB\\-") + roff(name) + "\\fR";
  for (const std::string& name : option.get_lnames())
    out += (out.empty() ? "" : ", ") + std::string("\\fB\\-\\-") + roff(name) + "\\fR";
  if (option.get_expected_max() > 0 && !option.get_type_name().empty())
    out += " \\fI" + roff(option.get_type_name()) + "\\fR";
  return out;
}

void write_options(const CLI::App& app, std::string& out) {
  for (const CLI::Option* option : app.get_options()) {
    if (!option->nonpositional() || option->get_group().empty()) continue;  // hidden
    out += ".TP\n" + option_names(*option) + "\n" + roff(option->get_description()) + "\n";
  }
}

}  // namespace

std::string man_page(const CLI::App& app, const std::string& version) {
  std::string out = ".TH JIANLI 1 \"\" \"jianli " + version + "\" \"User Commands\"\n";
  // NAME is "jianli \- what it does": the description past its "jianli (简历): ".
  std::string what = app.get_description();
  what = what.substr(what.find(": ") == std::string::npos ? 0 : what.find(": ") + 2);
  out += ".SH NAME\njianli \\- " + roff(what) + "\n";
  out += ".SH SYNOPSIS\n.B jianli\n[\\fIOPTIONS\\fR] \\fIINPUT\\fR...\n";
  for (const CLI::App* command : app.get_subcommands({}))
    out += ".br\n.B jianli " + roff(command->get_name()) + "\n[\\fIOPTIONS\\fR] [\\fIFILE\\fR]\n";
  out += ".SH DESCRIPTION\n";
  for (const CLI::Option* option : app.get_options()) {
    if (option->nonpositional()) continue;
    out +=
        ".TP\n\\fI" + roff(option->get_name()) + "\\fR\n" + roff(option->get_description()) + "\n";
  }
  out += ".SH OPTIONS\n";
  write_options(app, out);
  for (const CLI::App* command : app.get_subcommands({})) {
    out += ".SH \"jianli " + roff(command->get_name()) + "\"\n" + roff(command->get_description()) +
           "\n";
    write_options(*command, out);
  }
  out += ".SH \"EXIT STATUS\"\n" + roff(app.get_footer()) + "\n";
  out +=
      ".SH ENVIRONMENT\n"
      ".TP\n.B JIANLI_DATA_DIR\nthe folder holding jianli's layouts/, fonts/ and data/ "
      "(default: ../share/jianli from the program)\n"
      ".TP\n.B XDG_CONFIG_HOME\nthe user's layouts are in $XDG_CONFIG_HOME/jianli/layouts "
      "(default ~/.config/jianli/layouts)\n"
      ".TP\n.B NO_COLOR\nwhen set and not empty, no colours under \\-\\-color auto\n";
  out +=
      ".SH \"SEE ALSO\"\nThe documentation in /usr/share/doc/jianli (layouts.md, markdown.md, "
      "typesetting.md).\n";
  return out;
}

}  // namespace jianli::cli
