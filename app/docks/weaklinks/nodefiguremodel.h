// Per node: its id, its name looked up in the document's current model (so
// that a rename shows at once), and figures formatted for display with the
// raw number under SortRole. The weak-links dock shows its rankings and the
// what-if's changed nodes through it.
#pragma once

#include "format/format.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

#include <vector>

namespace wl {

class Document;

class NodeFigureModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // The raw value of a cell, for numeric sorting and for tests: a number
    // for figures, the id or name otherwise.
    static constexpr int SortRole = Qt::UserRole;
    // Column 0 answers this role with every text a filter should find.
    static constexpr int FilterRole = Qt::UserRole + 1;

    struct Figure {
        QString title;
        QString toolTip;
        QString (*format)(double);
    };

    NodeFigureModel(Document *document, QVector<Figure> figures, QObject *parent = nullptr);

    // values[f][row] is figure f of the node ids[row].
    void setRows(QStringList ids, QVector<std::vector<double>> values);

    QString id(int row) const { return m_ids.value(row); }
    int rowOf(const QString &id) const { return int(m_ids.indexOf(id)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    static constexpr int kId = 0;
    static constexpr int kName = 1;
    static constexpr int kFirstFigure = 2;

    Document *m_document;
    QVector<Figure> m_figures;
    QStringList m_ids;
    QVector<std::vector<double>> m_values;
};

// A core/format function as a figure's text, in the user's locale.
template<QString (*Format)(double, const QLocale &)> QString figureText(double value)
{
    return Format(value, QLocale());
}

} // namespace wl
