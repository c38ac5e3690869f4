// OWASP Threat Dragon JSON, version 2 (detail.diagrams[].cells, the element's
// properties under `data`) and version 1 (detail.diagrams[].diagramJson.cells,
// the properties on the cell): docs/IMPORT.md, "OWASP Threat Dragon".
#include "interchange/modelbuilder.h"
#include "interchange/readers.h"
#include "interchange/threatmodels.h"

#include <QPointF>
#include <QRectF>

#include <optional>

namespace wl::interchange {

namespace {

using threatmodel::JsonFields;

const QLatin1String kActor("tm.Actor"), kProcess("tm.Process"), kStore("tm.Store"),
    kFlow("tm.Flow"), kBoundary("tm.Boundary"), kBoundaryBox("tm.BoundaryBox"), kText("tm.Text");

// Version 2 names a cell's type by its shape as well.
QString typeOfShape(const QString &shape)
{
    static const QHash<QString, QString> types = {
        { QStringLiteral("actor"), kActor },
        { QStringLiteral("process"), kProcess },
        { QStringLiteral("store"), kStore },
        { QStringLiteral("flow"), kFlow },
        { QStringLiteral("trust-boundary-curve"), kBoundary },
        { QStringLiteral("trust-boundary-box"), kBoundaryBox },
        { QStringLiteral("td-text-block"), kText },
    };
    return types.value(shape);
}

struct Cell {
    QString path;
    int diagram = 0;
    QString id;
    QString type;
    QString name;
    QJsonObject props; // `data` (version 2) or the cell itself (version 1)
    std::optional<QRectF> bounds;
    // Flows and boundary curves: the cells they join (or empty), their
    // loose ends and bends.
    QString source, target;
    std::optional<QPointF> sourcePoint, targetPoint;
    QVector<QPointF> vertices;
};

// The first text of a cell's label: attrs.text.text for elements of both
// versions, labels[0].attrs.text.text (version 1) or .labelText.text
// (version 2) for flows, attrs.label.text for boundary boxes.
QString labelOf(const QJsonObject &cell)
{
    const QJsonObject attrs = cell.value(QLatin1String("attrs")).toObject();
    for (const char *key : { "text", "label" })
        if (const QJsonValue t
            = attrs.value(QLatin1String(key)).toObject().value(QLatin1String("text"));
            t.isString())
            return t.toString();
    const QJsonObject label = cell.value(QLatin1String("labels")).toArray().at(0).toObject();
    const QJsonObject labelAttrs = label.value(QLatin1String("attrs")).toObject();
    for (const char *key : { "text", "labelText" })
        if (const QJsonValue t
            = labelAttrs.value(QLatin1String(key)).toObject().value(QLatin1String("text"));
            t.isString())
            return t.toString();
    return {};
}

double cross(QPointF o, QPointF a, QPointF b)
{
    return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
}

// Whether two polylines cross (touching does not count).
bool polylinesCross(const QVector<QPointF> &a, const QVector<QPointF> &b)
{
    for (qsizetype i = 1; i < a.size(); ++i)
        for (qsizetype j = 1; j < b.size(); ++j)
            if (cross(b[j - 1], b[j], a[i - 1]) * cross(b[j - 1], b[j], a[i]) < 0
                && cross(a[i - 1], a[i], b[j - 1]) * cross(a[i - 1], a[i], b[j]) < 0)
                return true;
    return false;
}

class ThreatDragonReader {
public:
    ThreatDragonReader()
        : m_b(QStringLiteral("OWASP Threat Dragon JSON"))
        , m_f(m_b)
    {
    }
    ReadResult read(const QJsonValue &root, const QString &fileName);

private:
    bool readTopLevel(const QJsonValue &root);
    bool readCell(const QJsonValue &value, const QString &path, int diagram, bool v1);
    bool readEnd(const QJsonObject &cell, QLatin1String key, const QString &path, bool v1,
        QString *id, std::optional<QPointF> *point);
    void addNode(const Cell &c, bool positions);
    void addFlow(const Cell &c);
    QString endNode(
        const Cell &flow, const QString &cellId, const std::optional<QPointF> &point, bool source);
    QVector<QPointF> polyline(const Cell &c) const;
    void tagCrossings(const Cell &boundary);
    QString threatNotes(const Cell &c);

    ModelBuilder m_b;
    JsonFields m_f;
    QVector<Cell> m_cells;
    QHash<QString, int> m_nodeCells; // cell id -> m_cells, for actors, processes and stores
};

ReadResult ThreatDragonReader::read(const QJsonValue &root, const QString &fileName)
{
    if (readTopLevel(root)) {
        int diagrams = 0;
        for (const Cell &c : std::as_const(m_cells))
            diagrams = std::max(diagrams, c.diagram + 1);
        for (const Cell &c : std::as_const(m_cells))
            if (m_nodeCells.contains(c.id))
                addNode(c, diagrams == 1);
        for (const Cell &c : std::as_const(m_cells)) {
            if (c.type == kFlow)
                addFlow(c);
            else if (c.type == kBoundary)
                tagCrossings(c);
            else if (c.type == kText)
                m_b.ignore(c.path, QStringLiteral("a text annotation, ignored"));
        }
    }
    return m_b.finish(fileName);
}

bool ThreatDragonReader::readTopLevel(const QJsonValue &root)
{
    if (!root.isObject())
        return m_b.fail(QStringLiteral("$"),
            QStringLiteral("not a Threat Dragon model: the file is not a JSON object"));
    const QJsonObject top = root.toObject();
    const QString notThreatDragon = QStringLiteral("required; this is not a Threat Dragon model");
    const QJsonValue detailValue = top.value(QLatin1String("detail"));
    if (detailValue.isUndefined())
        return m_b.fail(QStringLiteral("detail"), notThreatDragon);
    QJsonObject detail;
    if (!m_f.object(detailValue, QStringLiteral("detail"), &detail))
        return false;
    if (!detail.contains(QLatin1String("diagrams")))
        return m_b.fail(QStringLiteral("detail.diagrams"), notThreatDragon);
    QString version;
    QJsonObject summary;
    QJsonArray diagrams;
    if (!m_f.string(top, QLatin1String("version"), {}, &version)
        || !m_f.object(top, QLatin1String("summary"), {}, &summary)
        || !m_f.array(detail, QLatin1String("diagrams"), QStringLiteral("detail"), &diagrams))
        return false;
    m_b.setFormat(QStringLiteral("OWASP Threat Dragon %1 JSON")
                      .arg(version.isEmpty() ? QStringLiteral("1.x") : version));
    QString title;
    if (!m_f.string(summary, QLatin1String("title"), QStringLiteral("summary"), &title))
        return false;
    m_b.setName(threatmodel::oneLine(title));

    for (qsizetype d = 0; d < diagrams.size(); ++d) {
        const QString path = JsonFields::path(QStringLiteral("detail.diagrams"), d);
        QJsonObject diagram, diagramJson;
        if (!m_f.object(diagrams.at(d), path, &diagram))
            return false;
        // Version 1 keeps the cells in diagramJson.
        const bool v1 = !diagram.contains(QLatin1String("cells"))
            && diagram.contains(QLatin1String("diagramJson"));
        QString cellsParent = path;
        if (v1) {
            cellsParent = path + QStringLiteral(".diagramJson");
            if (!m_f.object(diagram, QLatin1String("diagramJson"), path, &diagramJson))
                return false;
        }
        QJsonArray cells;
        if (!m_f.array(v1 ? diagramJson : diagram, QLatin1String("cells"), cellsParent, &cells))
            return false;
        const QString cellsPath = cellsParent + QStringLiteral(".cells");
        for (qsizetype i = 0; i < cells.size(); ++i)
            if (!readCell(cells.at(i), JsonFields::path(cellsPath, i), int(d), v1))
                return false;
    }
    return true;
}

bool ThreatDragonReader::readCell(
    const QJsonValue &value, const QString &path, int diagram, bool v1)
{
    Cell c;
    c.path = path;
    c.diagram = diagram;
    QJsonObject cell;
    QString shape;
    if (!m_f.object(value, path, &cell) || !m_f.string(cell, QLatin1String("id"), path, &c.id)
        || !m_f.string(cell, QLatin1String("shape"), path, &shape))
        return false;
    if (v1) {
        c.props = cell;
        if (!m_f.string(cell, QLatin1String("type"), path, &c.type))
            return false;
    } else {
        if (!m_f.object(cell, QLatin1String("data"), path, &c.props))
            return false;
        c.type = typeOfShape(shape);
        if (!m_f.string(c.props, QLatin1String("type"), path + QStringLiteral(".data"), &c.type))
            return false;
    }
    const QString propsPath = v1 ? path : path + QStringLiteral(".data");
    if (!m_f.string(c.props, QLatin1String("name"), propsPath, &c.name))
        return false;
    if (c.name.isEmpty())
        c.name = labelOf(cell);

    QJsonObject position, size;
    std::optional<double> x, y, width, height;
    if (!m_f.object(cell, QLatin1String("position"), path, &position)
        || !m_f.object(cell, QLatin1String("size"), path, &size)
        || !m_f.number(position, QLatin1String("x"), path + QStringLiteral(".position"), &x)
        || !m_f.number(position, QLatin1String("y"), path + QStringLiteral(".position"), &y)
        || !m_f.number(size, QLatin1String("width"), path + QStringLiteral(".size"), &width)
        || !m_f.number(size, QLatin1String("height"), path + QStringLiteral(".size"), &height))
        return false;
    if (x && y)
        c.bounds = QRectF(*x, *y, width.value_or(0), height.value_or(0));

    if (c.type == kActor || c.type == kProcess || c.type == kStore) {
        if (c.id.isEmpty())
            return m_b.fail(path + QStringLiteral(".id"), QStringLiteral("required"));
        if (!m_nodeCells.contains(c.id))
            m_nodeCells.insert(c.id, int(m_cells.size()));
    } else if (c.type == kFlow || c.type == kBoundary) {
        QJsonArray vertices;
        if (!readEnd(cell, QLatin1String("source"), path, v1, &c.source, &c.sourcePoint)
            || !readEnd(cell, QLatin1String("target"), path, v1, &c.target, &c.targetPoint)
            || !m_f.array(cell, QLatin1String("vertices"), path, &vertices))
            return false;
        for (qsizetype i = 0; i < vertices.size(); ++i) {
            QJsonObject vertex;
            std::optional<double> vx, vy;
            const QString vertexPath = JsonFields::path(path + QStringLiteral(".vertices"), i);
            if (!m_f.object(vertices.at(i), vertexPath, &vertex)
                || !m_f.number(vertex, QLatin1String("x"), vertexPath, &vx)
                || !m_f.number(vertex, QLatin1String("y"), vertexPath, &vy))
                return false;
            if (vx && vy)
                c.vertices.append(QPointF(*vx, *vy));
        }
    } else if (c.type != kBoundaryBox && c.type != kText) {
        m_b.warn(path,
            QStringLiteral("unknown cell type \"%1\", ignored")
                .arg(c.type.isEmpty() ? shape : c.type));
        return true;
    }
    m_cells.append(std::move(c));
    return true;
}

// A flow's end: a cell (`cell` in version 2, `id` in version 1) or a loose
// point.
bool ThreatDragonReader::readEnd(const QJsonObject &cell, QLatin1String key, const QString &path,
    bool v1, QString *id, std::optional<QPointF> *point)
{
    QJsonObject end;
    std::optional<double> x, y;
    const QString endPath = JsonFields::path(path, key);
    if (!m_f.object(cell, key, path, &end)
        || !m_f.string(end, v1 ? QLatin1String("id") : QLatin1String("cell"), endPath, id)
        || !m_f.number(end, QLatin1String("x"), endPath, &x)
        || !m_f.number(end, QLatin1String("y"), endPath, &y))
        return false;
    if (x && y)
        *point = QPointF(*x, *y);
    return true;
}

void ThreatDragonReader::addNode(const Cell &c, bool positions)
{
    Node n;
    n.id = c.id;
    n.name = threatmodel::oneLine(c.name);
    n.kind = c.type == kActor ? QStringLiteral("other") : QStringLiteral("internal_service");
    if (positions && c.bounds)
        n.pos = c.bounds->center();
    // The smallest boundary box of the same diagram that holds the element.
    if (c.bounds) {
        double smallest = 0;
        for (const Cell &box : std::as_const(m_cells)) {
            if (box.type != kBoundaryBox || box.diagram != c.diagram || !box.bounds
                || !box.bounds->contains(*c.bounds))
                continue;
            const double area = box.bounds->width() * box.bounds->height();
            if (n.organization.isEmpty() || area < smallest) {
                smallest = area;
                n.organization = box.name.trimmed().isEmpty() ? QStringLiteral("Trust boundary")
                                                              : threatmodel::oneLine(box.name);
            }
        }
    }
    const auto flag = [&c](const char *key) { return c.props.value(QLatin1String(key)).toBool(); };
    n.tags.append(c.type.mid(3).toLower());
    if (flag("outOfScope"))
        n.tags.append(QStringLiteral("out-of-scope"));
    const std::pair<const char *, const char *> flags[] = {
        { "isALog", "log" },
        { "storesCredentials", "stores-credentials" },
        { "isEncrypted", "encrypted" },
        { "isSigned", "signed" },
        { "isWebApplication", "web-application" },
        { "handlesCardPayment", "handles-card-payment" },
        { "handlesGoodsOrServices", "handles-goods-or-services" },
        { "providesAuthentication", "provides-authentication" },
    };
    for (const auto &[key, tag] : flags)
        if (flag(key))
            n.tags.append(QString::fromLatin1(tag));

    QStringList notes;
    const auto text
        = [&c](const char *key) { return c.props.value(QLatin1String(key)).toString().trimmed(); };
    if (!text("description").isEmpty())
        notes.append(text("description"));
    if (flag("outOfScope") && !text("reasonOutOfScope").isEmpty())
        notes.append(QStringLiteral("Out of scope: ") + text("reasonOutOfScope"));
    if (!text("privilegeLevel").isEmpty())
        notes.append(QStringLiteral("Privilege level: ") + text("privilegeLevel"));
    if (const QString threats = threatNotes(c); !threats.isEmpty())
        notes.append(threats);
    n.notes = notes.join(u'\n');
    m_b.addNode(c.id, std::move(n), c.path);
}

// "Threats (2):" and a line per threat with its status and severity.
QString ThreatDragonReader::threatNotes(const Cell &c)
{
    const QJsonArray threats = c.props.value(QLatin1String("threats")).toArray();
    if (threats.isEmpty())
        return {};
    QStringList lines { QStringLiteral("Threats (%1):").arg(threats.size()) };
    for (const QJsonValue &t : threats) {
        const QJsonObject threat = t.toObject();
        QStringList about;
        for (const char *key : { "status", "severity" })
            if (const QString s = threat.value(QLatin1String(key)).toString(); !s.isEmpty())
                about.append(s);
        QString line = QStringLiteral("- ")
            + threatmodel::oneLine(threat.value(QLatin1String("title")).toString());
        if (!about.isEmpty())
            line += QStringLiteral(" [%1]").arg(about.join(QStringLiteral(", ")));
        lines.append(line);
    }
    return lines.join(u'\n');
}

QString ThreatDragonReader::endNode(
    const Cell &flow, const QString &cellId, const std::optional<QPointF> &point, bool source)
{
    const QString end = source ? QStringLiteral("source") : QStringLiteral("target");
    const QString where = flow.path + u'.' + end;
    if (!cellId.isEmpty())
        return m_nodeCells.contains(cellId) ? m_b.nodeId(cellId)
                                            : m_b.nodeOrPlaceholder(cellId, where);
    const QString key = flow.id + u'/' + end;
    const QString id = m_b.nodeOrPlaceholder(key, where);
    if (Node *n = m_b.node(id); n && n->name == key) {
        n->name = QStringLiteral("%1 of %2")
                      .arg(source ? QStringLiteral("Source") : QStringLiteral("Target"),
                          flow.name.isEmpty() ? QStringLiteral("a data flow")
                                              : u'"' + threatmodel::oneLine(flow.name) + u'"');
        if (point)
            n->tags.append(QStringLiteral("unattached"));
    }
    return id;
}

void ThreatDragonReader::addFlow(const Cell &c)
{
    const QString source = endNode(c, c.source, c.sourcePoint, true);
    const QString target = endNode(c, c.target, c.targetPoint, false);
    if (source.isEmpty() || target.isEmpty())
        return;
    const QString protocol = c.props.value(QLatin1String("protocol")).toString().trimmed();
    QStringList about;
    if (!protocol.isEmpty() && protocol.compare(c.name.trimmed(), Qt::CaseInsensitive) != 0)
        about.append(protocol);
    if (c.props.value(QLatin1String("isEncrypted")).toBool())
        about.append(QStringLiteral("encrypted"));
    if (c.props.value(QLatin1String("isPublicNetwork")).toBool())
        about.append(QStringLiteral("public network"));
    if (c.props.value(QLatin1String("outOfScope")).toBool())
        about.append(QStringLiteral("out of scope"));
    Edge e;
    e.id = c.id;
    e.source = source;
    e.target = target;
    e.integration = threatmodel::integrationForProtocol(protocol);
    std::tie(e.pForward, e.pBackward) = vocab::defaultArcProbabilities(e.integration);
    e.label = threatmodel::oneLine(c.name);
    if (!about.isEmpty())
        e.label
            = (e.label + QStringLiteral(" (%1)").arg(about.join(QStringLiteral(", ")))).trimmed();
    if (c.props.value(QLatin1String("isBidirectional")).toBool()) {
        Edge back = e;
        back.id = c.id.isEmpty() ? QString() : c.id + QStringLiteral("-back");
        std::swap(back.source, back.target);
        m_b.addEdge(std::move(e), c.path);
        m_b.addEdge(std::move(back), c.path);
    } else {
        m_b.addEdge(std::move(e), c.path);
    }
    if (const qsizetype threats = c.props.value(QLatin1String("threats")).toArray().size())
        m_b.ignore(c.path,
            threatmodel::countOf(threats, "threat", "threats")
                + QStringLiteral(" on a data flow; edges keep no threats, ignored"));
}

QVector<QPointF> ThreatDragonReader::polyline(const Cell &c) const
{
    const auto end = [this](const QString &cellId,
                         const std::optional<QPointF> &point) -> std::optional<QPointF> {
        if (point)
            return point;
        const int i = m_nodeCells.value(cellId, -1);
        if (i >= 0 && m_cells[i].bounds)
            return m_cells[i].bounds->center();
        return std::nullopt;
    };
    const auto from = end(c.source, c.sourcePoint), to = end(c.target, c.targetPoint);
    if (!from || !to)
        return {};
    return QVector<QPointF> { *from } + c.vertices + QVector<QPointF> { *to };
}

// A boundary curve contains nothing: the nodes at both ends of every flow
// that crosses it are tagged instead.
void ThreatDragonReader::tagCrossings(const Cell &boundary)
{
    const QVector<QPointF> line = polyline(boundary);
    const QString name = threatmodel::tag(boundary.name);
    bool crossed = false;
    for (const Cell &flow : std::as_const(m_cells)) {
        if (flow.type != kFlow || flow.diagram != boundary.diagram
            || !polylinesCross(line, polyline(flow)))
            continue;
        crossed = true;
        for (const QString &end : { flow.source, flow.target }) {
            Node *n = m_b.node(m_b.nodeId(end));
            if (!n)
                continue;
            for (const QString &t : { QStringLiteral("crosses-trust-boundary"),
                     name.isEmpty() ? QString() : QStringLiteral("trust-boundary:") + name })
                if (!t.isEmpty() && !n->tags.contains(t))
                    n->tags.append(t);
        }
    }
    if (!crossed)
        m_b.ignore(boundary.path,
            QStringLiteral("a trust boundary line that no data flow crosses, ignored"));
}

} // namespace

ReadResult readThreatDragon(const QByteArray &bytes, const QString &fileName)
{
    QJsonValue root;
    if (const QString error = threatmodel::parseJson(bytes, &root); !error.isEmpty())
        return ReadResult::failure(fileName, error);
    return ThreatDragonReader().read(root, fileName);
}

} // namespace wl::interchange
