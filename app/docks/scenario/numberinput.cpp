#include "numberinput.h"

#include <cmath>

namespace wl::numberinput {

std::optional<double> parseHours(const QString &text)
{
    const auto hours = parse<double>(
        text, [](const QLocale &l, const QString &t, bool *ok) { return l.toDouble(t, ok); });
    if (!hours || !std::isfinite(*hours) || *hours < 0.0)
        return std::nullopt;
    return hours;
}

} // namespace wl::numberinput
