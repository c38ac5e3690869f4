// CycloneDX JSON 1.2–1.7: limits, the official schema of the specVersion,
// then the BOM's elements into cyclonedx::Bom for the common mapping.
#include "interchange/cyclonedx.h"
#include "interchange/cyclonedxschema.h"
#include "interchange/limits.h"
#include "interchange/readers.h"
#include "io/textposition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace wl::interchange {

namespace {

using namespace cyclonedx;

QString indexed(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

QString text(const QJsonObject &o, QLatin1String key)
{
    return o.value(key).toString();
}

// The `name` of an organisational entity ({"name": …}).
QString entityName(const QJsonObject &o, QLatin1String key)
{
    return o.value(key).toObject().value(QLatin1String("name")).toString().trimmed();
}

QString organization(const QJsonObject &o)
{
    for (const QLatin1String key : { QLatin1String("supplier"), QLatin1String("manufacturer") }) {
        if (const QString name = entityName(o, key); !name.isEmpty())
            return name;
    }
    return text(o, QLatin1String("publisher")).trimmed();
}

QList<Ref> refs(const QJsonObject &o, QLatin1String key, const QString &path)
{
    QList<Ref> out;
    const QJsonArray array = o.value(key).toArray();
    const QString base = path + u'.' + key;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i)
        out.append(Ref { array.at(i).toString(), indexed(base, i) });
    return out;
}

class JsonBom {
public:
    JsonBom(Bom &bom, const ReadControl &control)
        : m_bom(bom)
        , m_control(control)
    {
    }

    void read(const QJsonObject &root)
    {
        static const QStringList kMapped = {
            QStringLiteral("$schema"),
            QStringLiteral("bomFormat"),
            QStringLiteral("specVersion"),
            QStringLiteral("serialNumber"),
            QStringLiteral("version"),
            QStringLiteral("metadata"),
            QStringLiteral("components"),
            QStringLiteral("services"),
            QStringLiteral("dependencies"),
        };
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (!kMapped.contains(it.key()))
                m_bom.ignored.append({ it.key(), QStringLiteral("not architecture, ignored") });
        }
        const QJsonObject metadata = root.value(QLatin1String("metadata")).toObject();
        if (metadata.contains(QLatin1String("tools")))
            m_bom.ignored.append({ QStringLiteral("metadata.tools"),
                QStringLiteral("tools are not architecture, ignored") });
        if (metadata.value(QLatin1String("component")).isObject()) {
            const QJsonObject c = metadata.value(QLatin1String("component")).toObject();
            m_bom.firstParty = component(c, QStringLiteral("metadata.component"), -1);
        }
        QString org = entityName(metadata, QLatin1String("supplier"));
        for (const QLatin1String key :
            { QLatin1String("manufacturer"), QLatin1String("manufacture") }) {
            if (org.isEmpty())
                org = entityName(metadata, key);
        }
        if (org.isEmpty() && m_bom.firstParty)
            org = m_bom.firstParty->organization;
        m_bom.firstPartyOrganization = org;

        components(root, QStringLiteral("components"), -1);
        services(root, QStringLiteral("services"), -1);
        const QJsonArray deps = root.value(QLatin1String("dependencies")).toArray();
        m_bom.dependencies.reserve(deps.size());
        for (qsizetype i = 0; i < deps.size(); ++i) {
            const QJsonObject d = deps.at(i).toObject();
            const QString path = indexed(QStringLiteral("dependencies"), i);
            m_bom.dependencies.append(Dependency { text(d, QLatin1String("ref")), path,
                refs(d, QLatin1String("dependsOn"), path),
                refs(d, QLatin1String("provides"), path) });
        }
    }

private:
    Component component(const QJsonObject &o, const QString &path, int parent)
    {
        Component c;
        c.bomRef = text(o, QLatin1String("bom-ref"));
        c.type = text(o, QLatin1String("type"));
        c.name = text(o, QLatin1String("name"));
        c.version = text(o, QLatin1String("version"));
        c.group = text(o, QLatin1String("group"));
        c.organization = organization(o);
        c.where = path;
        c.parent = parent;
        const QString datasetsPath = path + QStringLiteral(".modelCard.modelParameters.datasets");
        const QJsonArray datasets = o.value(QLatin1String("modelCard"))
                                        .toObject()
                                        .value(QLatin1String("modelParameters"))
                                        .toObject()
                                        .value(QLatin1String("datasets"))
                                        .toArray();
        for (qsizetype i = 0; i < datasets.size(); ++i) {
            const QJsonObject d = datasets.at(i).toObject();
            c.datasets.append(Dataset { text(d, QLatin1String("ref")),
                text(d, QLatin1String("name")), indexed(datasetsPath, i) });
        }
        return c;
    }

    void components(const QJsonObject &o, const QString &path, int parent)
    {
        const QJsonArray array = o.value(QLatin1String("components")).toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i % 1024 == 1023 && m_control.cancelled())
                return;
            const QJsonObject c = array.at(i).toObject();
            const QString where = indexed(path, i);
            const int index = int(m_bom.components.size());
            m_bom.components.append(component(c, where, parent));
            if (c.contains(QLatin1String("components")))
                components(c, where + QStringLiteral(".components"), index);
        }
    }

    void services(const QJsonObject &o, const QString &path, int parent)
    {
        const QJsonArray array = o.value(QLatin1String("services")).toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i % 1024 == 1023 && m_control.cancelled())
                return;
            const QJsonObject j = array.at(i).toObject();
            Service s;
            s.bomRef = text(j, QLatin1String("bom-ref"));
            s.name = text(j, QLatin1String("name"));
            s.version = text(j, QLatin1String("version"));
            s.group = text(j, QLatin1String("group"));
            s.provider = entityName(j, QLatin1String("provider"));
            s.trustZone = text(j, QLatin1String("trustZone"));
            s.trustBoundary = j.value(QLatin1String("x-trust-boundary")).toBool();
            if (j.value(QLatin1String("authenticated")).isBool())
                s.authenticated = j.value(QLatin1String("authenticated")).toBool();
            s.where = indexed(path, i);
            s.parent = parent;
            const QJsonArray data = j.value(QLatin1String("data")).toArray();
            for (qsizetype k = 0; k < data.size(); ++k) {
                const QJsonObject d = data.at(k).toObject();
                const QString where = indexed(s.where + QStringLiteral(".data"), k);
                s.flows.append(
                    Flow { text(d, QLatin1String("flow")), text(d, QLatin1String("classification")),
                        text(d, QLatin1String("name")), refs(d, QLatin1String("source"), where),
                        refs(d, QLatin1String("destination"), where), where });
            }
            const int index = int(m_bom.services.size());
            const QString where = s.where;
            m_bom.services.append(std::move(s));
            if (j.contains(QLatin1String("services")))
                services(j, where + QStringLiteral(".services"), index);
        }
    }

    Bom &m_bom;
    // Polled every 1,024 components or services; a cancelled read leaves
    // the Bom incomplete, and the caller drops it.
    const ReadControl &m_control;
};

} // namespace

ReadResult readCycloneDxJson(const QByteArray &bytes, const QString &fileName,
    const ImportOptions &options, const ReadControl &control)
{
    const auto cancelled = [&] { return ReadResult::cancelledRead(fileName); };
    if (!control.enter(ReadStage::Checking))
        return cancelled();
    if (const QString limit = checkJsonLimits(bytes); !limit.isEmpty())
        return ReadResult::failure(fileName, limit);
    if (!control.enter(ReadStage::Parsing))
        return cancelled();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ReadResult::failure(fileName,
            io::lineColumn(bytes, parseError.offset) + QStringLiteral(": not valid JSON: ")
                + parseError.errorString());
    if (!doc.isObject())
        return ReadResult::failure(
            fileName, QStringLiteral("not a CycloneDX BOM: the top level is not a JSON object"));
    const QJsonObject root = doc.object();
    const QJsonValue bomFormat = root.value(QLatin1String("bomFormat"));
    if (bomFormat.isUndefined())
        return ReadResult::failure(fileName,
            QStringLiteral("bomFormat: missing; not a CycloneDX BOM (which has "
                           "\"bomFormat\": \"CycloneDX\")"));
    if (bomFormat.toString() != u"CycloneDX")
        return ReadResult::failure(
            fileName, QStringLiteral("bomFormat: must be \"CycloneDX\"; not a CycloneDX BOM"));

    const QJsonValue specVersion = root.value(QLatin1String("specVersion"));
    if (specVersion.isUndefined())
        return ReadResult::failure(fileName,
            QStringLiteral("specVersion: missing; a CycloneDX BOM names the version of the "
                           "specification it follows, e.g. \"1.6\""));
    static const QRegularExpression versionPattern(QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})$"));
    const QRegularExpressionMatch match = versionPattern.match(specVersion.toString());
    if (!specVersion.isString() || !match.hasMatch())
        return ReadResult::failure(
            fileName, QStringLiteral("specVersion: must be a CycloneDX version such as \"1.6\""));
    const QString version = specVersion.toString();
    int minor = match.captured(2).toInt();
    QString versionWarning;
    if (match.captured(1) != u"1" || minor < kOldestMinor || minor > kNewestMinor) {
        versionWarning = QStringLiteral("CycloneDX %1 is not a version Weaklink knows; the file "
                                        "was validated against the schema of 1.%2, the newest")
                             .arg(version)
                             .arg(kNewestMinor);
        minor = kNewestMinor;
    }
    if (!control.enter(ReadStage::Validating))
        return cancelled();
    if (const QString invalid = validate(root, minor); !invalid.isEmpty())
        return ReadResult::failure(fileName, invalid);

    if (!control.enter(ReadStage::Mapping))
        return cancelled();
    Bom bom;
    bom.specVersion = version;
    JsonBom(bom, control).read(root);
    ModelBuilder b(QStringLiteral("CycloneDX %1 JSON").arg(version));
    if (!versionWarning.isEmpty())
        b.warn(QStringLiteral("specVersion"), versionWarning);
    b.setName(modelName(bom, fileName));
    mapBom(bom, options, b, control);
    if (control.cancelled())
        return cancelled();
    return b.finish(fileName, control);
}

} // namespace wl::interchange
