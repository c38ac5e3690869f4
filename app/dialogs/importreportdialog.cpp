#include "importreportdialog.h"

#include "format/format.h"
#include "model/model.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wl {

namespace {

QListWidget *messageList(const QStringList &messages, const QIcon &icon, const QString &name)
{
    auto *list = new QListWidget;
    list->setObjectName(name);
    list->setAlternatingRowColors(true);
    list->setWordWrap(true);
    for (const QString &m : messages)
        new QListWidgetItem(icon, m, list);
    return list;
}

} // namespace

ImportReportDialog::ImportReportDialog(
    const DocumentController::ImportSummary &summary, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import Report"));
    setObjectName(QStringLiteral("importReportDialog"));
    const QLocale locale;
    const interchange::ImportCounts &c = summary.counts;

    QString headline
        = tr("“%1” was read as %2: %3 nodes, %4 edges, %5 data assets, %6 flows, "
             "%7 organisations.")
              .arg(summary.fileName, summary.report.format, format::count(c.nodes, locale),
                  format::count(c.edges, locale), format::count(c.dataAssets, locale),
                  format::count(c.flows, locale), format::count(c.organisations, locale));
    if (summary.conflicts >= 0)
        headline += u' '
            + tr("It was merged into the open document (%1 conflicts resolved); Undo takes the "
                 "whole merge back.")
                  .arg(summary.conflicts);
    auto *label = new QLabel(headline, this);
    label->setObjectName(QStringLiteral("importHeadline"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);

    auto *counts = new QTreeWidget;
    counts->setObjectName(QStringLiteral("importCounts"));
    counts->setColumnCount(2);
    counts->setHeaderLabels({ tr("Mapped to"), tr("Count") });
    counts->setRootIsDecorated(true);
    const auto group = [&](const QString &title, int total,
                           const QList<QPair<QString, int>> &rows) {
        auto *parentItem = new QTreeWidgetItem(counts, { title, format::count(total, locale) });
        for (const auto &[name, count] : rows)
            new QTreeWidgetItem(parentItem, { vocab::label(name), format::count(count, locale) });
        parentItem->setExpanded(true);
    };
    group(tr("Nodes by kind"), c.nodes, c.nodesByKind);
    group(tr("Edges by integration"), c.edges, c.edgesByIntegration);
    counts->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    counts->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(counts, tr("Mapped"));
    tabs->addTab(messageList(summary.warnings, style()->standardIcon(QStyle::SP_MessageBoxWarning),
                     QStringLiteral("importWarnings")),
        tr("Warnings (%1)").arg(summary.warnings.size()));
    tabs->addTab(
        messageList(summary.report.ignored, style()->standardIcon(QStyle::SP_MessageBoxInformation),
            QStringLiteral("importIgnored")),
        tr("Ignored (%1)").arg(summary.report.ignored.size()));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *select = buttons->addButton(
        tr("&Select Placeholders (%1)").arg(summary.report.placeholders.size()),
        QDialogButtonBox::ActionRole);
    select->setObjectName(QStringLiteral("selectPlaceholders"));
    select->setEnabled(!summary.report.placeholders.isEmpty());
    select->setToolTip(tr("Select the nodes that stand for references the file names but never "
                          "defines"));
    connect(select, &QPushButton::clicked, this, [this] { done(SelectPlaceholders); });
    QPushButton *copy = buttons->addButton(tr("&Copy All"), QDialogButtonBox::ActionRole);
    const QStringList all = QStringList { headline } + summary.warnings + summary.report.ignored;
    connect(copy, &QPushButton::clicked, this,
        [all] { QApplication::clipboard()->setText(all.join(QLatin1Char('\n'))); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(680, 440);
}

} // namespace wl
