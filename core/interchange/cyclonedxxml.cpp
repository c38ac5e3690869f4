// CycloneDX XML (namespace http://cyclonedx.org/schema/bom/1.x), streamed
// with QXmlStreamReader into a small element tree under the limits, then
// into cyclonedx::Bom for the mapping the JSON reader shares. Qt has no XML
// Schema support, so XML is not validated against the XSD.
#include "interchange/cyclonedx.h"
#include "interchange/cyclonedxschema.h"
#include "interchange/limits.h"
#include "interchange/readers.h"

#include <QXmlStreamReader>

namespace wl::interchange {

namespace {

using namespace cyclonedx;

const QString kNamespacePrefix = QStringLiteral("http://cyclonedx.org/schema/bom/");

struct Element {
    QString name;
    QXmlStreamAttributes attributes;
    QString text;
    QList<int> children;
    qint64 line = 0;
    qint64 column = 0;
};

bool tooLong(const QString &s)
{
    return s.size() * 3 > kMaxStringBytes && s.toUtf8().size() > kMaxStringBytes;
}

QString at(qint64 line, qint64 column)
{
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

// The document as a tree of its CycloneDX elements (those of other
// namespaces, extensions, are left out), or an error.
class Tree {
public:
    // Stops early, with no error, once `control` is cancelled.
    QString parse(const QByteArray &bytes, const ReadControl &control)
    {
        QXmlStreamReader xml(bytes);
        QList<int> stack;
        int foreignDepth = 0;
        const auto where = [&] { return at(xml.lineNumber(), xml.columnNumber()); };
        for (qint64 token = 0; !xml.atEnd(); ++token) {
            if (token % 16384 == 16383 && control.cancelled())
                return {};
            switch (xml.readNext()) {
            case QXmlStreamReader::DTD:
                return where()
                    + QStringLiteral(": a document type declaration (DOCTYPE); CycloneDX BOMs "
                                     "have none, and Weaklink refuses them with their entities");
            case QXmlStreamReader::StartElement: {
                if (stack.size() + foreignDepth + 1 > kMaxNesting)
                    return where()
                        + QStringLiteral(": nested more than %1 levels deep; Weaklink reads at "
                                         "most %1")
                              .arg(kMaxNesting);
                for (const QXmlStreamAttribute &a : xml.attributes()) {
                    if (tooLong(a.value().toString()))
                        return where() + longString();
                }
                if (m_elements.isEmpty()) {
                    const QString ns = xml.namespaceUri().toString();
                    if (xml.name() != u"bom" || !ns.startsWith(kNamespacePrefix))
                        return where()
                            + QStringLiteral(": not a CycloneDX BOM: the root element is not "
                                             "<bom> in the namespace %1…")
                                  .arg(kNamespacePrefix);
                    m_namespace = ns;
                } else if (foreignDepth > 0 || xml.namespaceUri() != m_namespace) {
                    ++foreignDepth;
                    break;
                }
                Element e;
                e.name = xml.name().toString();
                e.attributes = xml.attributes();
                e.line = xml.lineNumber();
                e.column = xml.columnNumber();
                const int index = int(m_elements.size());
                if (!stack.isEmpty())
                    m_elements[stack.last()].children.append(index);
                m_elements.append(std::move(e));
                stack.append(index);
                break;
            }
            case QXmlStreamReader::EndElement:
                if (foreignDepth > 0)
                    --foreignDepth;
                else if (!stack.isEmpty())
                    stack.removeLast();
                break;
            case QXmlStreamReader::Characters:
                if (tooLong(xml.text().toString()))
                    return where() + longString();
                if (foreignDepth == 0 && !stack.isEmpty() && !xml.isWhitespace()) {
                    QString &text = m_elements[stack.last()].text;
                    text += xml.text();
                    if (tooLong(text))
                        return where() + longString();
                }
                break;
            default: break;
            }
        }
        if (xml.hasError())
            return where() + QStringLiteral(": not well-formed XML: ") + xml.errorString();
        if (m_elements.isEmpty())
            return QStringLiteral("not a CycloneDX BOM: the file holds no XML element");
        return {};
    }

    const Element &element(int i) const { return m_elements[i]; }
    QString version() const { return m_namespace.mid(kNamespacePrefix.size()); }

    // The first child of `parent` named `name`, or -1.
    int child(int parent, QStringView name) const
    {
        if (parent < 0)
            return -1;
        for (const int c : m_elements[parent].children) {
            if (m_elements[c].name == name)
                return c;
        }
        return -1;
    }
    QList<int> children(int parent, QStringView name) const
    {
        QList<int> out;
        if (parent < 0)
            return out;
        for (const int c : m_elements[parent].children) {
            if (m_elements[c].name == name)
                out.append(c);
        }
        return out;
    }
    // The text of the child `name` (a path of names: "provider/name").
    QString text(int parent, QStringView path) const
    {
        int e = parent;
        for (const QStringView name : path.split(u'/'))
            e = child(e, name);
        return e < 0 ? QString() : m_elements[e].text.trimmed();
    }
    QString attribute(int e, QStringView name) const
    {
        return m_elements[e].attributes.value(name.toString()).toString();
    }
    QString where(int e) const { return at(m_elements[e].line, m_elements[e].column); }

private:
    static QString longString()
    {
        return QStringLiteral(": a string longer than 1 MB; Weaklink reads strings up to 1 MB");
    }

    QList<Element> m_elements;
    QString m_namespace;
};

class XmlBom {
public:
    XmlBom(const Tree &tree, Bom &bom)
        : m_t(tree)
        , m_bom(bom)
    {
    }

    void read()
    {
        for (const int c : m_t.element(0).children) {
            const QString &name = m_t.element(c).name;
            if (name != u"metadata" && name != u"components" && name != u"services"
                && name != u"dependencies")
                m_bom.ignored.append(
                    { m_t.where(c), QStringLiteral("<%1>: not architecture, ignored").arg(name) });
        }
        const int metadata = m_t.child(0, u"metadata");
        if (const int tools = m_t.child(metadata, u"tools"); tools >= 0)
            m_bom.ignored.append({ m_t.where(tools),
                QStringLiteral("metadata.tools: tools are not architecture, ignored") });
        if (const int c = m_t.child(metadata, u"component"); c >= 0)
            m_bom.firstParty = component(c, -1);
        QString org = m_t.text(metadata, u"supplier/name");
        for (const QStringView key : { u"manufacturer/name", u"manufacture/name" }) {
            if (org.isEmpty())
                org = m_t.text(metadata, key);
        }
        if (org.isEmpty() && m_bom.firstParty)
            org = m_bom.firstParty->organization;
        m_bom.firstPartyOrganization = org;

        components(m_t.child(0, u"components"), -1);
        services(m_t.child(0, u"services"), -1);
        for (const int d : m_t.children(m_t.child(0, u"dependencies"), u"dependency")) {
            Dependency dep { m_t.attribute(d, u"ref"), m_t.where(d), {}, {} };
            for (const int on : m_t.children(d, u"dependency"))
                dep.dependsOn.append(Ref { m_t.attribute(on, u"ref"), m_t.where(on) });
            for (const int p : m_t.children(d, u"provides"))
                dep.provides.append(Ref { m_t.attribute(p, u"ref"), m_t.where(p) });
            m_bom.dependencies.append(std::move(dep));
        }
    }

private:
    Component component(int e, int parent) const
    {
        Component c;
        c.bomRef = m_t.attribute(e, u"bom-ref");
        c.type = m_t.attribute(e, u"type");
        c.name = m_t.text(e, u"name");
        c.version = m_t.text(e, u"version");
        c.group = m_t.text(e, u"group");
        c.organization = m_t.text(e, u"supplier/name");
        if (c.organization.isEmpty())
            c.organization = m_t.text(e, u"manufacturer/name");
        if (c.organization.isEmpty())
            c.organization = m_t.text(e, u"publisher");
        c.where = m_t.where(e);
        c.parent = parent;
        int datasets = m_t.child(e, u"modelCard");
        datasets = m_t.child(m_t.child(datasets, u"modelParameters"), u"datasets");
        if (datasets >= 0) {
            for (const int d : m_t.element(datasets).children) {
                if (m_t.element(d).name == u"ref")
                    c.datasets.append(Dataset { m_t.element(d).text.trimmed(), {}, m_t.where(d) });
                else if (m_t.element(d).name == u"dataset")
                    c.datasets.append(Dataset { {}, m_t.text(d, u"name"), m_t.where(d) });
            }
        }
        return c;
    }

    void components(int list, int parent)
    {
        for (const int e : m_t.children(list, u"component")) {
            const int index = int(m_bom.components.size());
            m_bom.components.append(component(e, parent));
            components(m_t.child(e, u"components"), index);
        }
    }

    static std::optional<bool> boolean(const QString &text)
    {
        if (text == u"true" || text == u"1")
            return true;
        if (text == u"false" || text == u"0")
            return false;
        return std::nullopt;
    }

    QList<Ref> urls(int list) const
    {
        QList<Ref> out;
        for (const int u : m_t.children(list, u"url"))
            out.append(Ref { m_t.element(u).text.trimmed(), m_t.where(u) });
        return out;
    }

    void services(int list, int parent)
    {
        for (const int e : m_t.children(list, u"service")) {
            Service s;
            s.bomRef = m_t.attribute(e, u"bom-ref");
            s.name = m_t.text(e, u"name");
            s.version = m_t.text(e, u"version");
            s.group = m_t.text(e, u"group");
            s.provider = m_t.text(e, u"provider/name");
            s.trustZone = m_t.text(e, u"trustZone");
            s.trustBoundary = boolean(m_t.text(e, u"x-trust-boundary")).value_or(false);
            s.authenticated = boolean(m_t.text(e, u"authenticated"));
            s.where = m_t.where(e);
            s.parent = parent;
            const int data = m_t.child(e, u"data");
            if (data >= 0) {
                for (const int d : m_t.element(data).children) {
                    const QString &name = m_t.element(d).name;
                    if (name == u"classification") {
                        s.flows.append(Flow { m_t.attribute(d, u"flow"),
                            m_t.element(d).text.trimmed(), {}, {}, {}, m_t.where(d) });
                    } else if (name == u"dataflow") {
                        const int c = m_t.child(d, u"classification");
                        s.flows.append(Flow { c < 0 ? QString() : m_t.attribute(c, u"flow"),
                            m_t.text(d, u"classification"), m_t.attribute(d, u"name"),
                            urls(m_t.child(d, u"source")), urls(m_t.child(d, u"destination")),
                            m_t.where(d) });
                    }
                }
            }
            const int index = int(m_bom.services.size());
            m_bom.services.append(std::move(s));
            services(m_t.child(e, u"services"), index);
        }
    }

    const Tree &m_t;
    Bom &m_bom;
};

} // namespace

ReadResult readCycloneDxXml(const QByteArray &bytes, const QString &fileName,
    const ImportOptions &options, const ReadControl &control)
{
    const auto cancelled = [&] { return ReadResult::cancelledRead(fileName); };
    if (!control.enter(ReadStage::Parsing))
        return cancelled();
    Tree tree;
    const QString error = tree.parse(bytes, control);
    if (control.cancelled())
        return cancelled();
    if (!error.isEmpty())
        return ReadResult::failure(fileName, error);
    if (!control.enter(ReadStage::Mapping))
        return cancelled();
    Bom bom;
    bom.specVersion = tree.version();
    XmlBom(tree, bom).read();
    ModelBuilder b(QStringLiteral("CycloneDX %1 XML").arg(bom.specVersion));
    const QStringList parts = bom.specVersion.split(u'.');
    const int minor = parts.size() == 2 && parts[0] == u"1" ? parts[1].toInt() : -1;
    if (minor < kOldestMinor || minor > kNewestMinor)
        b.warn(tree.where(0),
            QStringLiteral("CycloneDX %1 is not a version Weaklink knows; read as 1.%2")
                .arg(bom.specVersion)
                .arg(kNewestMinor));
    b.setName(modelName(bom, fileName));
    mapBom(bom, options, b, control);
    if (control.cancelled())
        return cancelled();
    return b.finish(fileName, control);
}

} // namespace wl::interchange
