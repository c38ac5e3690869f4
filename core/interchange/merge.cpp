#include "interchange/merge.h"
