#include "parse/document_reader.h"
