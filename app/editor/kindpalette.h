// The node kinds of FORMAT.md as a palette: click one to add a node of that
// kind in the middle of the canvas, or drag it onto the canvas to add it
// where it is dropped. Icons come from the canvas's own drawing code.
#pragma once

#include <QListWidget>

namespace wl {

class KindPalette : public QListWidget {
    Q_OBJECT
public:
    explicit KindPalette(QWidget *parent = nullptr);

    // The drag payload: the kind's identifier in UTF-8.
    static QString mimeType();
    // The left end of a node of this kind as the canvas draws it: tier band
    // and icon tile.
    static QIcon kindIcon(const QString &kind);

signals:
    void kindChosen(const QString &kind);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
};

} // namespace wl
