// Merging an imported model into the open one.
#pragma once

#include "model/model.h"

namespace wl::interchange {

} // namespace wl::interchange
