#include "cli/app.h"

int main(int argc, char** argv) { return jianli::cli::run(argc, argv); }
