// The obligations JSON, version 1 (FORMAT.md §5): deterministic bytes from
// the project's hand JSON writer.
#pragma once

#include "obligations/obligations.h"
#include "obligations/rules.h"

#include <QByteArray>

namespace wl::obligations {

// "Decision support, not legal advice.", as every output of the rules
// carries it.
QString disclaimer();

QByteArray writeObligationsJson(const RuleSet &rules, const ObligationsResult &result);

} // namespace wl::obligations
