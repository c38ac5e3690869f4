#include "exportoptionsdialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

namespace wl {

namespace {

constexpr double kScales[] = { 1.0, 2.0, 4.0 };

} // namespace

ExportOptionsDialog::ExportOptionsDialog(
    render::ExportFormat format, const render::ExportOptions &initial, QWidget *parent)
    : QDialog(parent)
    , m_format(format)
    , m_initial(initial)
{
    auto *form = new QFormLayout;
    if (format == render::ExportFormat::Png) {
        setWindowTitle(tr("Export Diagram as PNG"));
        m_scale = new QComboBox(this);
        m_scale->addItem(tr("1× (72 dpi)"), kScales[0]);
        m_scale->addItem(tr("2× (144 dpi)"), kScales[1]);
        m_scale->addItem(tr("4× (288 dpi)"), kScales[2]);
        m_scale->setCurrentIndex(std::max(0, m_scale->findData(initial.pngScale)));
        form->addRow(tr("&Pixels per point:"), m_scale);
        connect(
            m_scale, &QComboBox::currentIndexChanged, this, &ExportOptionsDialog::updateSummary);
    } else {
        setWindowTitle(tr("Export Diagram as PDF"));
        m_paper = new QComboBox(this);
        m_paper->addItem(
            tr("Automatic (A4, or A3 for large diagrams)"), int(render::PaperSize::Automatic));
        m_paper->addItem(tr("A4"), int(render::PaperSize::A4));
        m_paper->addItem(tr("A3"), int(render::PaperSize::A3));
        m_paper->addItem(tr("US Letter"), int(render::PaperSize::Letter));
        m_paper->setCurrentIndex(std::max(0, m_paper->findData(int(initial.pdfPage.size))));
        form->addRow(tr("&Paper:"), m_paper);

        m_landscape = new QRadioButton(tr("&Landscape"), this);
        m_portrait = new QRadioButton(tr("P&ortrait"), this);
        (initial.pdfPage.portrait ? m_portrait : m_landscape)->setChecked(true);
        auto *orientation = new QHBoxLayout;
        orientation->addWidget(m_landscape);
        orientation->addWidget(m_portrait);
        orientation->addStretch();
        form->addRow(tr("Orientation:"), orientation);

        m_fit = new QCheckBox(tr("&Fit to one page"), this);
        m_fit->setChecked(initial.pdfPage.fitToPage);
        form->addRow(QString(), m_fit);
        connect(
            m_paper, &QComboBox::currentIndexChanged, this, &ExportOptionsDialog::updateSummary);
        connect(m_portrait, &QRadioButton::toggled, this, &ExportOptionsDialog::updateSummary);
        connect(m_fit, &QCheckBox::toggled, this, &ExportOptionsDialog::updateSummary);
    }

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addStretch();
    layout->addWidget(buttons);
    updateSummary();

    // Wide enough for the whole title beside the window manager's buttons.
    const int titleWidth = fontMetrics().horizontalAdvance(windowTitle())
        + 4 * style()->pixelMetric(QStyle::PM_TitleBarButtonSize, nullptr, this)
        + 2 * style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, this);
    setMinimumWidth(std::max(minimumSizeHint().width(), titleWidth));
}

render::ExportOptions ExportOptionsDialog::options() const
{
    render::ExportOptions o = m_initial;
    if (m_scale)
        o.pngScale = m_scale->currentData().toDouble();
    if (m_paper) {
        o.pdfPage.size = render::PaperSize(m_paper->currentData().toInt());
        o.pdfPage.portrait = m_portrait->isChecked();
        o.pdfPage.fitToPage = m_fit->isChecked();
    }
    return o;
}

void ExportOptionsDialog::updateSummary()
{
    if (m_format == render::ExportFormat::Png) {
        m_summary->setText(
            tr("Each point of the diagram becomes %1 × %1 pixels.").arg(options().pngScale));
        return;
    }
    const render::PdfPage page = options().pdfPage;
    m_summary->setText(page.fitToPage
            ? tr("The whole diagram on one page, scaled to fill it.")
            : tr("The diagram at its natural size, over as many pages as it needs."));
}

} // namespace wl
