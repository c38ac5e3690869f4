// The user interface language: the system's, or one chosen with Help ▸
// Language (kept in the settings, applied at the next start) or with
// `weaklink --lang CODE` (this start only). English is the source language;
// German has a catalogue (translations/weaklink_de.ts) and Qt's own dialogs
// come translated from the qt6-translations-l10n package.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace wl::language {

// The languages offered, as codes ("" is the system's).
const QStringList &codes();
// The language this start uses: --lang CODE (or --lang=CODE) in
// `arguments` if given, else the saved choice; "" for the system's.
QString chosen(const QStringList &arguments);
QString saved();
void setSaved(const QString &code);
// Installs Qt's and Weaklink's catalogues for `code` ("" for the system's
// language), replacing those an earlier call installed, and makes its
// locale the default. Returns that locale.
QLocale apply(const QString &code);

} // namespace wl::language
