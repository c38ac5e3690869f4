#include "kindpalette.h"

#include "model/model.h"
#include "render/diagram.h"

#include <QMimeData>
#include <QPainter>

namespace wl {

namespace {

constexpr int kKindRole = Qt::UserRole;
constexpr int kIconSize = 28;

} // namespace

KindPalette::KindPalette(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("kindPalette"));
    setIconSize(QSize(kIconSize, kIconSize));
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    setSpacing(1);
    setFrameShape(QFrame::NoFrame);
    setToolTip(tr("Click to add a node in the middle of the canvas, or drag onto the canvas"));
    for (const QString &kind : vocab::knownKinds()) {
        auto *item = new QListWidgetItem(kindIcon(kind), vocab::label(kind), this);
        item->setData(kKindRole, kind);
        item->setToolTip(tr("Add a node of kind %1").arg(kind));
    }
    connect(this, &QListWidget::itemClicked, this,
        [this](QListWidgetItem *item) { emit kindChosen(item->data(kKindRole).toString()); });
}

QString KindPalette::mimeType()
{
    return QStringLiteral("application/x-weaklink-node-kind");
}

QIcon KindPalette::kindIcon(const QString &kind)
{
    // The square at the node's left end holds the tier band and the icon
    // tile; painted large and scaled down it stays crisp at any DPR.
    constexpr int kPixels = 2 * kIconSize;
    const double side = render::kNodeHeight;
    QImage image(kPixels, kPixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(kPixels / side, kPixels / side);
    p.translate(render::kNodeWidth / 2.0, side / 2.0);
    render::NodeVisual v;
    v.kind = kind;
    v.tier = 1;
    render::paintNode(&p, v, render::Detail::Reduced);
    p.end();
    return QIcon(QPixmap::fromImage(image));
}

QStringList KindPalette::mimeTypes() const
{
    return { mimeType() };
}

QMimeData *KindPalette::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType(), items.first()->data(kKindRole).toString().toUtf8());
    return data;
}

} // namespace wl
