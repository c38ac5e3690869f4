#include "messagelistdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace wl {

MessageListDialog::MessageListDialog(
    const QString &title, const QString &intro, const QStringList &messages, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("messageListDialog"));

    auto *label = new QLabel(intro, this);
    label->setWordWrap(true);

    auto *list = new QListWidget(this);
    list->setObjectName(QStringLiteral("messageList"));
    list->setAlternatingRowColors(true);
    list->setWordWrap(true);
    const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const QString &m : messages)
        new QListWidgetItem(icon, m, list);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy All"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
        [messages] { QApplication::clipboard()->setText(messages.join(QLatin1Char('\n'))); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    resize(640, 360);
}

} // namespace wl
