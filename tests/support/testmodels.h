// Models for tests: the shared example and generated models that use every
// field with awkward values (Unicode, empty strings, extreme numbers).
#pragma once

#include "model/model.h"

namespace wl::test {

// ../shared beside the checkout (set by tests/CMakeLists.txt).
QString sharedDir();
// The bundled example (resources/examples/), which has contracts.
QString examplePath();
// The project's reference model it was copied from
// (../shared/examples/), without them: what the .weaklink fixtures in
// tests/data hold.
QString sharedExamplePath();

// A valid model from a seed: same seed, same model.
Model generatedModel(quint32 seed, int nodes, int edges, int assets);

} // namespace wl::test
