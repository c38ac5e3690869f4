// Must not compile: render/font.h is internal to core/render, so even a
// library that links render (files does not) cannot include it.
#include "render/font.h"
