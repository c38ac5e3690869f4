// The document's named scenarios as a list: one row per scenario, its name
// (editable: a rename is one undoable replaceScenario command) and a tooltip
// with its mode and trials. Rows follow Document::scenariosChanged, which
// arrives after the document changed: the model keeps its own copy of what
// it shows, so that views see the rows as they were until each change is
// announced.
#pragma once

#include <QAbstractListModel>
#include <QVector>

namespace wl {

class Document;
struct SavedScenario;
struct ScenarioChange;

class ScenarioListModel : public QAbstractListModel {
    Q_OBJECT
public:
    explicit ScenarioListModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Renames the scenario (name trimmed); renameTried tells how it went.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // After a rename was tried: empty if it was pushed (or changed
    // nothing), else why it was refused.
    void renameTried(const QString &reason);

private:
    struct Row {
        QString name;
        QString toolTip;
    };
    static Row rowOf(const SavedScenario &s);
    QVector<Row> rowsOfDocument() const;
    void onScenariosChanged(const ScenarioChange &change);

    Document *m_document;
    QVector<Row> m_rows;
};

} // namespace wl
