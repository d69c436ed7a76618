#include "text/chars.h"
