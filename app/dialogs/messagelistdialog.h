// A read-only list of messages (reader warnings, model findings) with a way
// to copy them all.
#pragma once

#include <QDialog>

namespace wl {

class MessageListDialog : public QDialog {
    Q_OBJECT
public:
    MessageListDialog(const QString &title, const QString &intro, const QStringList &messages,
        QWidget *parent = nullptr);
};

} // namespace wl
