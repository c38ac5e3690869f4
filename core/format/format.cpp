#include "format/format.h"

#include "model/model.h"

#include <atomic>
#include <cmath>
#include <limits>

namespace wl::format {

namespace {

// The typographic minus: a hyphen is too short to be read as a sign next
// to the "+" of a difference.
QString withMinusSign(QString text)
{
    return text.replace(u'-', QChar(0x2212));
}

// A difference always carries its sign, so that "no change" reads as such.
QString signedText(double d, const QString &magnitude)
{
    if (d > 0.0)
        return u'+' + magnitude;
    return d == 0.0 ? QStringLiteral("±0") : magnitude;
}

// `value` with `decimals` decimals, trailing zeros (and a bare decimal
// point) dropped.
QString trimmed(double value, int decimals, const QLocale &locale)
{
    QString text = locale.toString(value, 'f', decimals);
    const QString point = locale.decimalPoint();
    if (!text.contains(point))
        return text;
    const QString zero = locale.zeroDigit();
    while (text.endsWith(zero))
        text.chop(zero.size());
    if (text.endsWith(point))
        text.chop(point.size());
    return text;
}

QString withPercentSign(const QString &number, const QLocale &locale)
{
    return number + u' ' + locale.percent();
}

} // namespace

QString percent(double p, const QLocale &locale)
{
    if (p <= 0.0)
        return withPercentSign(locale.toString(0), locale);
    if (p >= 1.0)
        return withPercentSign(locale.toString(100), locale);
    const QString text = locale.toString(p * 100.0, 'f', 2);
    if (text == locale.toString(0.0, 'f', 2))
        return QStringLiteral("< ") + withPercentSign(locale.toString(0.01, 'f', 2), locale);
    if (text == locale.toString(100.0, 'f', 2))
        return QStringLiteral("> ") + withPercentSign(locale.toString(99.99, 'f', 2), locale);
    return withPercentSign(text, locale);
}

QString percentPoints(double d, const QLocale &locale)
{
    return signedText(d, withMinusSign(locale.toString(d * 100.0, 'f', 2)) + QStringLiteral(" pp"));
}

QString count(qint64 n, const QLocale &locale)
{
    return locale.toString(n);
}

QString records(double n, const QLocale &locale)
{
    if (n == 0.0)
        return locale.toString(0);
    // The bounds are where the rounded value reaches the next rule: 0.996
    // reads "1.0", not "1"; 99.96 reads "100", not "100.0".
    const double magnitude = std::abs(n);
    if (magnitude < 0.995)
        return withMinusSign(locale.toString(n, 'g', 2));
    return withMinusSign(locale.toString(n, 'f', magnitude < 99.95 ? 1 : 0));
}

QString compact(double n, const QLocale &locale)
{
    static const struct {
        double size;
        const char *suffix;
    } units[] = { { 1e9, " B" }, { 1e6, " M" }, { 1e3, " k" } };
    for (const auto &unit : units) {
        if (std::abs(n) < unit.size)
            continue;
        const double scaled = n / unit.size;
        const int decimals = std::abs(scaled) < 10 ? 2 : std::abs(scaled) < 100 ? 1 : 0;
        return trimmed(scaled, decimals, locale) + QLatin1String(unit.suffix);
    }
    return trimmed(n, 2, locale);
}

QString recordsChange(double d, const QLocale &locale)
{
    return signedText(d, records(d, locale));
}

QString mean(double n, const QLocale &locale)
{
    return withMinusSign(locale.toString(n, 'f', 2));
}

QString meanChange(double d, const QLocale &locale)
{
    return signedText(d, mean(d, locale));
}

QString hours(double h, const QLocale &locale)
{
    return trimmed(h, 2, locale) + QStringLiteral(" h");
}

namespace {
std::atomic<DurationUnit> g_durationUnit { DurationUnit::Hours };
} // namespace

void setDurationUnit(DurationUnit unit)
{
    g_durationUnit = unit;
}

DurationUnit durationUnit()
{
    return g_durationUnit;
}

QString duration(double h, const QLocale &locale)
{
    if (g_durationUnit == DurationUnit::Hours)
        return hours(h, locale);
    return trimmed(h / 24.0, 2, locale) + QStringLiteral(" d");
}

QString dateTime(const QDateTime &at, const QLocale &locale)
{
    return locale.toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString timestamp(const QDateTime &at, const QLocale &locale)
{
    return locale.toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString timeOfDay(const QDateTime &at, const QLocale &locale)
{
    return locale.toString(at.toLocalTime().time(), QLocale::ShortFormat);
}

QString rngSeed(quint64 seed)
{
    return QString::number(seed);
}

std::optional<quint64> parseRngSeed(const QString &text)
{
    const QString digits = text.trimmed();
    constexpr int kMaxDigits = std::numeric_limits<quint64>::digits10 + 1;
    if (digits.isEmpty() || digits.size() > kMaxDigits)
        return std::nullopt;
    for (const QChar c : digits)
        if (c < u'0' || c > u'9')
            return std::nullopt;
    // Only digits are left: toULongLong fails on nothing but overflow.
    bool ok = false;
    const quint64 seed = digits.toULongLong(&ok);
    return ok ? std::optional<quint64>(seed) : std::nullopt;
}

QString nodeName(const Node &node)
{
    return node.name.isEmpty() ? node.id : node.name;
}

QString nodeName(const Model &model, const QString &id)
{
    const Node *node = model.node(id);
    return node ? nodeName(*node) : id;
}

QString nodeLabel(const Model &model, const QString &id)
{
    const QString name = nodeName(model, id);
    return name == id ? id : QStringLiteral("%1 (%2)").arg(name, id);
}

QString englishPlural(QString translated, qint64 n)
{
    return translated.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

} // namespace wl::format
