#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace wl::language {

namespace {

const QString kSettingsKey = QStringLiteral("language");

// The catalogues apply() installed: Qt's and ours.
std::unique_ptr<QTranslator> &installed(int which)
{
    static std::unique_ptr<QTranslator> translators[2];
    return translators[which];
}

void install(int which, const QLocale &locale, const QString &name, const QString &directory)
{
    std::unique_ptr<QTranslator> &slot = installed(which);
    if (slot)
        QCoreApplication::removeTranslator(slot.get());
    slot = std::make_unique<QTranslator>();
    if (slot->load(locale, name, QStringLiteral("_"), directory))
        QCoreApplication::installTranslator(slot.get());
    else
        slot.reset();
}

} // namespace

const QStringList &codes()
{
    static const QStringList list = { QString(), QStringLiteral("en"), QStringLiteral("de") };
    return list;
}

QString chosen(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--lang" && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(u"--lang="))
            return a.mid(int(qstrlen("--lang=")));
    }
    return saved();
}

QString saved()
{
    return QSettings().value(kSettingsKey).toString();
}

void setSaved(const QString &code)
{
    if (code.isEmpty())
        QSettings().remove(kSettingsKey);
    else
        QSettings().setValue(kSettingsKey, code);
}

QLocale apply(const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    install(
        0, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    install(1, locale, QStringLiteral("weaklink"), QStringLiteral(":/i18n"));
    return locale;
}

} // namespace wl::language
