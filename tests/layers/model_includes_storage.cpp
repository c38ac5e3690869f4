// Must not compile: model is the lowest layer (core/CMakeLists.txt), so a
// model source cannot see storage's headers. tests/CMakeLists.txt builds this
// as part of a model-level library and expects the include to fail.
#include "storage/storage.h"
