#include "interchange/threatmodels.h"

#include "interchange/limits.h"
#include "interchange/modelbuilder.h"
#include "io/textposition.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>

#include <initializer_list>

namespace wl::interchange::threatmodel {

namespace {

struct WordRow {
    const char *value;
    std::initializer_list<const char *> words;
};

QStringList words(const QString &text)
{
    static const QRegularExpression separator(QStringLiteral("[^a-z0-9]+"));
    return text.toLower().split(separator, Qt::SkipEmptyParts);
}

// The value of the first row that has one of the words of `text`.
QString byWords(const QString &text, std::initializer_list<WordRow> rows)
{
    const QStringList found = words(text);
    for (const WordRow &row : rows)
        for (const char *word : row.words)
            if (found.contains(QLatin1String(word)))
                return QString::fromLatin1(row.value);
    return QStringLiteral("other");
}

} // namespace

QString integrationForProtocol(const QString &protocol)
{
    QString p = protocol.trimmed().toLower();
    p.remove(QStringLiteral("-encrypted"));
    static const QStringList apiCall = { QStringLiteral("http"), QStringLiteral("https"),
        QStringLiteral("http/s"), QStringLiteral("ws"), QStringLiteral("wss"),
        QStringLiteral("websocket"), QStringLiteral("rest"), QStringLiteral("grpc"),
        QStringLiteral("soap"), QStringLiteral("graphql"), QStringLiteral("rpc"),
        QStringLiteral("reverse-proxy-web-protocol"), QStringLiteral("jdbc"),
        QStringLiteral("odbc"), QStringLiteral("sql"), QStringLiteral("sql-access-protocol"),
        QStringLiteral("nosql-access-protocol"), QStringLiteral("mysql"),
        QStringLiteral("postgresql"), QStringLiteral("ldap"), QStringLiteral("ldaps"),
        QStringLiteral("binary"), QStringLiteral("text"), QStringLiteral("iiop"),
        QStringLiteral("jrmp"), QStringLiteral("xmpp"), QStringLiteral("mqtt"),
        QStringLiteral("amqp"), QStringLiteral("jms"), QStringLiteral("nrpe"),
        QStringLiteral("ssh"), QStringLiteral("tcp"), QStringLiteral("tls") };
    static const QStringList dataExport = { QStringLiteral("ftp"), QStringLiteral("ftps"),
        QStringLiteral("sftp"), QStringLiteral("scp"), QStringLiteral("nfs"), QStringLiteral("smb"),
        QStringLiteral("cifs"), QStringLiteral("local-file-access"), QStringLiteral("file"),
        QStringLiteral("smtp"), QStringLiteral("pop3"), QStringLiteral("imap"),
        QStringLiteral("s3") };
    static const QStringList networkPeering
        = { QStringLiteral("ssh-tunnel"), QStringLiteral("vpn"), QStringLiteral("ipsec") };
    static const QStringList sdkEmbedded
        = { QStringLiteral("in-process-library-call"), QStringLiteral("library") };
    if (apiCall.contains(p))
        return QStringLiteral("api_call");
    if (dataExport.contains(p))
        return QStringLiteral("data_export");
    if (networkPeering.contains(p))
        return QStringLiteral("network_peering");
    if (sdkEmbedded.contains(p))
        return QStringLiteral("sdk_embedded");
    return QStringLiteral("other");
}

QString categoryFromWords(const QString &text)
{
    return byWords(text,
        {
            { "credentials",
                { "credential", "credentials", "password", "passwords", "secret", "secrets",
                    "token", "tokens", "certificate", "certificates", "key", "keys" } },
            { "source_code", { "code", "sourcecode", "repository", "repo" } },
            { "prompts", { "prompt", "prompts" } },
            { "model_weights", { "weights" } },
            { "training_data", { "training" } },
            { "telemetry", { "log", "logs", "telemetry", "metrics", "trace", "traces" } },
            { "financial",
                { "payment", "payments", "financial", "finance", "invoice", "invoices", "billing",
                    "card", "cards", "bank", "banking", "transaction", "transactions" } },
            { "customer_pii",
                { "customer", "customers", "user", "users", "account", "accounts", "personal",
                    "pii", "profile", "profiles", "contact", "contacts", "employee", "employees",
                    "patient", "patients", "email", "emails" } },
            { "usage_metadata", { "usage", "analytics", "clickstream" } },
        });
}

QString externalKind(const QString &text)
{
    return byWords(text,
        {
            { "identity_provider",
                { "identity", "idp", "ldap", "oauth", "oidc", "saml", "sso", "auth",
                    "authentication", "keycloak", "okta", "auth0" } },
            { "monitoring",
                { "monitoring", "logging", "siem", "datadog", "observability", "apm" } },
            { "model_provider", { "ai", "llm", "ml", "openai", "anthropic" } },
            { "payments", { "payment", "payments", "stripe", "paypal", "psp" } },
            { "analytics", { "analytics", "reporting", "bi" } },
            { "cloud_platform",
                { "cloud", "aws", "azure", "gcp", "kubernetes", "k8s", "container", "iaas", "paas",
                    "s3" } },
            { "open_source_package", { "library", "package", "npm", "pypi", "maven" } },
            { "support", { "support", "helpdesk", "zendesk", "ticketing" } },
        });
}

QString tag(const QString &text)
{
    QString t = text;
    t.replace(u',', u' ');
    return oneLine(t);
}

QString oneLine(const QString &text)
{
    return text.simplified();
}

QString countOf(qsizetype n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QString::fromLatin1(n == 1 ? one : many));
}

QString parseJson(const QByteArray &bytes, QJsonValue *out)
{
    if (QString error = checkJsonLimits(bytes); !error.isEmpty())
        return error;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return io::lineColumn(bytes, parseError.offset) + QStringLiteral(": ")
            + parseError.errorString();
    *out = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    return {};
}

bool JsonFields::object(const QJsonValue &v, const QString &path, QJsonObject *out)
{
    if (!v.isObject())
        return m_b.fail(path, QStringLiteral("must be an object"));
    *out = v.toObject();
    return true;
}

bool JsonFields::object(
    const QJsonObject &o, QLatin1String key, const QString &parent, QJsonObject *out)
{
    const QJsonValue v = o.value(key);
    return v.isUndefined() || v.isNull() || object(v, path(parent, key), out);
}

bool JsonFields::string(
    const QJsonObject &o, QLatin1String key, const QString &parent, QString *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString())
        return m_b.fail(path(parent, key), QStringLiteral("must be a string"));
    *out = v.toString();
    return true;
}

bool JsonFields::boolean(const QJsonObject &o, QLatin1String key, const QString &parent, bool *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isBool())
        return m_b.fail(path(parent, key), QStringLiteral("must be true or false"));
    *out = v.toBool();
    return true;
}

bool JsonFields::number(
    const QJsonObject &o, QLatin1String key, const QString &parent, std::optional<double> *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isDouble())
        return m_b.fail(path(parent, key), QStringLiteral("must be a number"));
    *out = v.toDouble();
    return true;
}

bool JsonFields::array(
    const QJsonObject &o, QLatin1String key, const QString &parent, QJsonArray *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray())
        return m_b.fail(path(parent, key), QStringLiteral("must be an array"));
    *out = v.toArray();
    return true;
}

bool JsonFields::stringList(
    const QJsonObject &o, QLatin1String key, const QString &parent, QStringList *out)
{
    QJsonArray a;
    if (!array(o, key, parent, &a))
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).isNull())
            continue;
        if (!a.at(i).isString())
            return m_b.fail(path(path(parent, key), i), QStringLiteral("must be a string"));
        out->append(a.at(i).toString());
    }
    return true;
}

} // namespace wl::interchange::threatmodel
