#include "nodesearch.h"

#include "format/format.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStringListModel>

namespace wl {

NodeSearch::NodeSearch(Document *document, QWidget *parent)
    : QLineEdit(parent)
    , m_document(document)
    , m_completions(new QStringListModel(this))
{
    setObjectName(QStringLiteral("nodeSearch"));
    setPlaceholderText(tr("Find node…"));
    setClearButtonEnabled(true);
    setToolTip(tr("Type part of a node's name or id; Enter centres the canvas on it"));
    const QIcon findIcon = QIcon::fromTheme(QStringLiteral("edit-find"));
    if (!findIcon.isNull())
        addAction(findIcon, QLineEdit::LeadingPosition);

    auto *completer = new QCompleter(m_completions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    setCompleter(completer);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
        [this](const QString &entry) {
            if (const QString id = resolve(entry); !id.isEmpty())
                emit nodeRequested(id);
        });

    connect(document, &Document::changed, this, [this] { m_stale = true; });
    connect(this, &QLineEdit::textEdited, this, &NodeSearch::refreshCompletions);
    connect(this, &QLineEdit::returnPressed, this, &NodeSearch::search);
}

QString NodeSearch::resolve(const QString &text) const
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return {};
    const Model &m = m_document->model();
    if (m.nodeIndex(wanted) >= 0)
        return wanted;
    for (const Node &n : m.nodes())
        if (n.id.compare(wanted, Qt::CaseInsensitive) == 0
            || n.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return n.id;
    // A completer entry: "Name (id)".
    if (wanted.endsWith(u')')) {
        const qsizetype open = wanted.lastIndexOf(QStringLiteral(" ("));
        if (open >= 0) {
            const QString id = wanted.mid(open + 2, wanted.size() - open - 3);
            if (m.nodeIndex(id) >= 0)
                return id;
        }
    }
    for (const Node &n : m.nodes())
        if (n.name.contains(wanted, Qt::CaseInsensitive)
            || n.id.contains(wanted, Qt::CaseInsensitive))
            return n.id;
    return {};
}

void NodeSearch::focusInEvent(QFocusEvent *event)
{
    refreshCompletions();
    QLineEdit::focusInEvent(event);
}

void NodeSearch::keyPressEvent(QKeyEvent *event)
{
    // With the completion list open and nothing chosen in it, Enter would
    // only close the list; it searches for the text as typed instead.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    QAbstractItemView *popup = completer()->popup();
    if (enter && popup->isVisible() && !popup->currentIndex().isValid()) {
        popup->hide();
        search();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void NodeSearch::refreshCompletions()
{
    if (!m_stale)
        return;
    m_stale = false;
    const Model &model = m_document->model();
    QStringList entries;
    entries.reserve(model.nodes().size());
    for (const Node &n : model.nodes())
        entries.append(format::nodeLabel(model, n.id));
    m_completions->setStringList(entries);
}

void NodeSearch::search()
{
    const QString id = resolve(text());
    if (id.isEmpty()) {
        if (!text().trimmed().isEmpty())
            emit notFound(text().trimmed());
        return;
    }
    emit nodeRequested(id);
}

} // namespace wl
