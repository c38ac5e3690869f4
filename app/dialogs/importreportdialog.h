// What an import did (DocumentController::ImportSummary): the format, the
// counts mapped per kind, what was ignored and why, every warning with its
// place in the file; "Select Placeholders" closes it with
// SelectPlaceholders so that the nodes standing for dangling references
// are selected.
#pragma once

#include "documentcontroller.h"

#include <QDialog>

namespace wl {

class ImportReportDialog : public QDialog {
    Q_OBJECT
public:
    enum { SelectPlaceholders = QDialog::Accepted + 1 };

    ImportReportDialog(const DocumentController::ImportSummary &summary, QWidget *parent = nullptr);
};

} // namespace wl
