// Numbers typed into the scenario editor. They are read in the editing
// locale (as in the properties dock); the C locale is accepted too, so that
// "0.5" works everywhere.
#pragma once

#include "tables/fieldediting.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace wl::numberinput {

template<typename T, typename Read> std::optional<T> parse(const QString &text, Read read)
{
    bool ok = false;
    T value = read(fieldediting::editingLocale(), text.trimmed(), &ok);
    if (!ok)
        value = read(QLocale::c(), text.trimmed(), &ok);
    return ok ? std::optional<T>(value) : std::nullopt;
}

// A number of hours, 0 or more; nullopt for anything else.
std::optional<double> parseHours(const QString &text);

} // namespace wl::numberinput
