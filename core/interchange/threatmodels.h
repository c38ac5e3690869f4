// What the threat-model importers (Threat Dragon, OTM, Threagile) share:
// FORMAT.md's vocabularies guessed from the words threat models use for
// protocols, data and technologies (the tables are in docs/IMPORT.md).
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace wl::interchange {
class ModelBuilder;
}

namespace wl::interchange::threatmodel {

// The integration for a protocol as the tools write it ("https", "HTTP/S",
// "jdbc-encrypted", "ssh-tunnel"): api_call, data_export, network_peering,
// sdk_embedded, or other when unknown or empty.
QString integrationForProtocol(const QString &protocol);

// A data category for a data asset by the words of its id and name
// ("Customer Accounts" → customer_pii, "ERP Logs" → telemetry); other when
// no word tells.
QString categoryFromWords(const QString &text);

// A node kind for a party outside the organisation by the words that
// describe it (a technology, a component type): identity_provider,
// monitoring, model_provider, payments, analytics, cloud_platform,
// open_source_package, or other.
QString externalKind(const QString &text);

// `text` as a tag: trimmed, commas (the spreadsheets' list separator) and
// line breaks replaced by spaces.
QString tag(const QString &text);

// `text` with line breaks replaced by spaces and runs of spaces made one:
// a Threat Dragon name written on two lines, as a label or node name.
QString oneLine(const QString &text);

// "1 threat", "3 threats".
QString countOf(qsizetype n, const char *one, const char *many);

// Parses JSON text after checkJsonLimits. Returns an empty string, or
// "line L, column C: reason".
QString parseJson(const QByteArray &bytes, QJsonValue *out);

// Typed reads from JSON objects for the JSON importers: an absent or null
// value leaves `out` as it is; a value of another type fails the builder
// with its path ("detail.diagrams[0].cells: must be an array").
class JsonFields {
public:
    explicit JsonFields(ModelBuilder &builder)
        : m_b(builder)
    {
    }

    static QString path(const QString &parent, QLatin1String key)
    {
        return parent.isEmpty() ? QString(key) : parent + u'.' + key;
    }
    static QString path(const QString &parent, qsizetype index)
    {
        return QStringLiteral("%1[%2]").arg(parent).arg(index);
    }

    // `v` itself must be an object.
    bool object(const QJsonValue &v, const QString &path, QJsonObject *out);
    bool object(const QJsonObject &o, QLatin1String key, const QString &parent, QJsonObject *out);
    bool string(const QJsonObject &o, QLatin1String key, const QString &parent, QString *out);
    bool boolean(const QJsonObject &o, QLatin1String key, const QString &parent, bool *out);
    bool number(
        const QJsonObject &o, QLatin1String key, const QString &parent, std::optional<double> *out);
    bool array(const QJsonObject &o, QLatin1String key, const QString &parent, QJsonArray *out);
    bool stringList(
        const QJsonObject &o, QLatin1String key, const QString &parent, QStringList *out);

private:
    ModelBuilder &m_b;
};

} // namespace wl::interchange::threatmodel
