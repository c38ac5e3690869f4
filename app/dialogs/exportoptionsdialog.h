// The questions a picture export asks after the file name: pixels per point
// for PNG; paper, orientation and fit-to-page for PDF. It starts from the
// choices given (the last ones used) and says what it will write.
#pragma once

#include "render/export.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QRadioButton;

namespace wl {

class ExportOptionsDialog : public QDialog {
    Q_OBJECT
public:
    // `format` is Png or Pdf.
    ExportOptionsDialog(
        render::ExportFormat format, const render::ExportOptions &initial, QWidget *parent);

    render::ExportOptions options() const;

private:
    void updateSummary();

    render::ExportFormat m_format;
    render::ExportOptions m_initial;
    QComboBox *m_scale = nullptr;
    QComboBox *m_paper = nullptr;
    QRadioButton *m_landscape = nullptr;
    QRadioButton *m_portrait = nullptr;
    QCheckBox *m_fit = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace wl
