#include "diagramaccessible.h"

#include "diagramscene.h"
#include "diagramview.h"
#include "nodeitem.h"
#include "selection.h"

#include "format/format.h"
#include "model/document.h"
#include "model/tiers.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QPointer>

namespace wl {

namespace {

// The context of this file's texts in the catalogue.
class DiagramAccessible {
    Q_DECLARE_TR_FUNCTIONS(wl::DiagramAccessible)
};

QString lowerFirst(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toLower();
    return s;
}

QString tierText(int tier)
{
    if (tier == 0)
        return DiagramAccessible::tr("ours");
    if (tier == kUnknownTier)
        return DiagramAccessible::tr("not connected to our services");
    return DiagramAccessible::tr("tier %1 vendor").arg(tier);
}

class DiagramViewAccessible;

// One node, found by its id each time it is asked, so that it never holds
// on to an item or an index that an edit has replaced.
class NodeAccessible : public QAccessibleInterface {
public:
    NodeAccessible(DiagramViewAccessible *parent, DiagramView *view, QString id)
        : m_parent(parent)
        , m_view(view)
        , m_id(std::move(id))
    {
    }

    bool isValid() const override { return m_view && index() >= 0; }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text t) const override;
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override;

    const QString &id() const { return m_id; }
    int index() const
    {
        return m_view ? m_view->diagramScene()->document()->model().nodeIndex(m_id) : -1;
    }

private:
    DiagramViewAccessible *m_parent;
    QPointer<DiagramView> m_view;
    QString m_id;
};

class DiagramViewAccessible : public QAccessibleWidget {
public:
    explicit DiagramViewAccessible(DiagramView *view)
        : QAccessibleWidget(view, QAccessible::List)
    {
    }

    ~DiagramViewAccessible() override
    {
        for (const QAccessible::Id id : std::as_const(m_children))
            QAccessible::deleteAccessibleInterface(id);
    }

    DiagramView *view() const { return static_cast<DiagramView *>(widget()); }
    const Model &model() const { return view()->diagramScene()->document()->model(); }

    int childCount() const override { return int(model().nodes().size()); }

    QAccessibleInterface *child(int index) const override
    {
        if (index < 0 || index >= childCount())
            return nullptr;
        const QString &id = model().nodes()[index].id;
        if (const auto found = m_children.constFind(id); found != m_children.cend())
            return QAccessible::accessibleInterface(*found);
        auto *node = new NodeAccessible(const_cast<DiagramViewAccessible *>(this), view(), id);
        m_children.insert(id, QAccessible::registerAccessibleInterface(node));
        return node;
    }

    int indexOfChild(const QAccessibleInterface *child) const override
    {
        const auto *node = dynamic_cast<const NodeAccessible *>(child);
        return node ? node->index() : -1;
    }

    QAccessibleInterface *focusChild() const override
    {
        const Selection *selection = view()->diagramScene()->selection();
        const std::optional<Selection::Item> single
            = selection ? selection->single() : std::nullopt;
        if (!single || single->type != ElementType::Node)
            return nullptr;
        return child(model().nodeIndex(single->id));
    }

    // The node drawn at the screen point: one lookup in the scene's index,
    // not an interface made for every node of the model.
    QAccessibleInterface *childAt(int x, int y) const override
    {
        const QPoint onViewport = view()->viewport()->mapFromGlobal(QPoint(x, y));
        const NodeItem *item = view()->diagramScene()->nodeItemAt(view()->mapToScene(onViewport));
        return item ? child(model().nodeIndex(item->id())) : nullptr;
    }

    QString text(QAccessible::Text t) const override
    {
        switch (t) {
        case QAccessible::Name: return DiagramAccessible::tr("Map");
        case QAccessible::Description:
            return DiagramAccessible::tr(
                "%1 nodes and %2 edges; the arrow keys move between nodes, Enter shows "
                "the selected node's properties, F2 renames it")
                .arg(childCount())
                .arg(model().edges().size());
        default: return QAccessibleWidget::text(t);
        }
    }

    // Tiers, recomputed when the model's structure changed.
    const QVector<int> &tiers() const
    {
        const quint64 revision = view()->diagramScene()->document()->simulationRevision();
        if (!m_tiersValid || revision != m_tiersRevision) {
            m_tiers = computeTiers(model());
            m_tiersRevision = revision;
            m_tiersValid = true;
        }
        return m_tiers;
    }

private:
    mutable QHash<QString, QAccessible::Id> m_children;
    mutable QVector<int> m_tiers;
    mutable quint64 m_tiersRevision = 0;
    mutable bool m_tiersValid = false;
};

QWindow *NodeAccessible::window() const
{
    return m_parent->window();
}

QAccessibleInterface *NodeAccessible::parent() const
{
    return m_parent;
}

QString NodeAccessible::text(QAccessible::Text t) const
{
    const int i = index();
    if (i < 0)
        return {};
    const Model &m = m_view->diagramScene()->document()->model();
    switch (t) {
    case QAccessible::Name: return nodeAccessibleName(m, m_parent->tiers(), i);
    case QAccessible::Description: return nodeAccessibleDescription(m, i);
    default: return {};
    }
}

QRect NodeAccessible::rect() const
{
    if (!m_view)
        return {};
    // (A large diagram drawn as one picture has no items: no place then.)
    const NodeItem *item = m_view->diagramScene()->nodeItem(m_id);
    if (!item)
        return {};
    const QPolygon onView = m_view->mapFromScene(item->sceneBoundingRect());
    return QRect(m_view->viewport()->mapToGlobal(onView.boundingRect().topLeft()),
        onView.boundingRect().size());
}

QAccessible::State NodeAccessible::state() const
{
    QAccessible::State s;
    s.selectable = true;
    s.focusable = true;
    if (!m_view)
        return s;
    const Selection *selection = m_view->diagramScene()->selection();
    s.selected = selection && selection->contains(ElementType::Node, m_id);
    s.focused = s.selected && m_view->hasFocus();
    const QRect r = rect();
    s.offscreen = r.isEmpty()
        || !QRect(m_view->viewport()->mapToGlobal(QPoint(0, 0)), m_view->viewport()->size())
                .intersects(r);
    return s;
}

QAccessibleInterface *diagramFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("wl::DiagramView") && object && object->isWidgetType())
        return new DiagramViewAccessible(static_cast<DiagramView *>(object));
    return nullptr;
}

} // namespace

void installDiagramAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(diagramFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

QString nodeAccessibleName(const Model &m, const QVector<int> &tiers, int index)
{
    const Node &n = m.nodes()[index];
    const int tier = index < tiers.size() ? tiers[index] : kUnknownTier;
    const QLocale locale;
    return DiagramAccessible::tr("%1, %2, %3, likelihood %4 %")
        .arg(n.name.isEmpty() ? n.id : n.name, lowerFirst(vocab::label(n.kind)), tierText(tier),
            locale.toString(n.breachLikelihood * 100.0, 'g', 3));
}

QString nodeAccessibleDescription(const Model &m, int index)
{
    const Node &n = m.nodes()[index];
    int in = 0;
    int out = 0;
    for (const Edge &e : m.edges()) {
        in += e.target == n.id;
        out += e.source == n.id;
    }
    QStringList parts;
    if (!n.organization.isEmpty())
        parts << DiagramAccessible::tr("organisation %1").arg(n.organization);
    if (!n.gdprRole.isEmpty() && n.gdprRole != QLatin1String("none"))
        parts << DiagramAccessible::tr("GDPR %1").arg(lowerFirst(vocab::label(n.gdprRole)));
    if (!n.jurisdiction.isEmpty())
        parts << DiagramAccessible::tr("jurisdiction %1").arg(n.jurisdiction);
    parts << format::englishPlural(DiagramAccessible::tr("%n edge(s) in", nullptr, in), in)
          << format::englishPlural(DiagramAccessible::tr("%n edge(s) out", nullptr, out), out);
    return parts.join(QStringLiteral(", "));
}

void announceDiagramSelection(DiagramView *view)
{
    if (!QAccessible::isActive())
        return;
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(view);
    QAccessibleInterface *focus = iface ? iface->focusChild() : nullptr;
    if (!focus)
        return;
    QAccessibleEvent selection(focus, QAccessible::Selection);
    QAccessible::updateAccessibility(&selection);
    if (view->hasFocus()) {
        QAccessibleEvent focused(focus, QAccessible::Focus);
        QAccessible::updateAccessibility(&focused);
    }
}

} // namespace wl
