#include "pdf/pdf_writer.h"
