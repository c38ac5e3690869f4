#include "diagramexporter.h"

#include "diagramscene.h"
#include "dialogs/exportoptionsdialog.h"
#include "documentcontroller.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace wl {

namespace {

QString suffixOf(render::ExportFormat format)
{
    switch (format) {
    case render::ExportFormat::Svg: return QStringLiteral("svg");
    case render::ExportFormat::Png: return QStringLiteral("png");
    case render::ExportFormat::Pdf: return QStringLiteral("pdf");
    }
    return {};
}

QString formatName(render::ExportFormat format)
{
    return suffixOf(format).toUpper();
}

} // namespace

DiagramExporter::DiagramExporter(
    DiagramScene *scene, DocumentController *controller, QWidget *window)
    : QObject(window)
    , m_scene(scene)
    , m_controller(controller)
    , m_window(window)
{
    installDefaultPrompts();
}

void DiagramExporter::installDefaultPrompts()
{
    m_prompts.path = [this](render::ExportFormat format, const QString &suggestion) {
        const QString filter = tr("%1 files (*.%2)").arg(formatName(format), suffixOf(format));
        return QFileDialog::getSaveFileName(
            m_window, tr("Export Diagram as %1").arg(formatName(format)), suggestion, filter);
    };
    m_prompts.options
        = [this](render::ExportFormat format,
              const render::ExportOptions &last) -> std::optional<render::ExportOptions> {
        ExportOptionsDialog dialog(format, last, m_window);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.options();
    };
    m_prompts.error = [this](const QString &title, const QString &reason) {
        QMessageBox::warning(m_window, title, reason);
    };
    m_prompts.print = [this](QPrinter *printer, const std::function<void(QPrinter *)> &paint) {
        QPrintPreviewDialog preview(printer, m_window);
        preview.setWindowTitle(tr("Print Diagram"));
        connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, paint);
        return preview.exec() == QDialog::Accepted;
    };
}

bool DiagramExporter::print()
{
    const render::Diagram diagram = m_scene->diagram();
    render::ExportOptions options = m_lastOptions;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(diagram.title);
    printer.setPageLayout(render::pageLayoutFor(diagram, options));
    QString error;
    const bool printed = m_prompts.print(&printer, [&](QPrinter *device) {
        // The paper may have been changed in the preview: drawn on the
        // printer's own layout, as the PDF export draws on its page.
        if (!render::paintOnPages(diagram, *device, options, &error))
            m_prompts.error(tr("Cannot print the diagram"), error);
    });
    if (printed)
        emit statusMessage(tr("Sent the diagram to %1")
                               .arg(printer.outputFileName().isEmpty()
                                       ? printer.printerName()
                                       : QDir::toNativeSeparators(printer.outputFileName())));
    return printed;
}

QString DiagramExporter::suggestedPath(render::ExportFormat format) const
{
    const QString source = m_controller->sourcePath();
    QString dir = m_lastDirectory;
    if (dir.isEmpty() && !source.isEmpty())
        dir = QFileInfo(source).absolutePath();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString base
        = source.isEmpty() ? QStringLiteral("diagram") : QFileInfo(source).completeBaseName();
    return QDir(dir).filePath(base + u'.' + suffixOf(format));
}

bool DiagramExporter::exportAs(render::ExportFormat format)
{
    QString path = m_prompts.path(format, suggestedPath(format));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffixOf(format);
    render::ExportOptions options = m_lastOptions;
    if (format != render::ExportFormat::Svg) {
        const std::optional<render::ExportOptions> chosen = m_prompts.options(format, options);
        if (!chosen)
            return false;
        options = *chosen;
    }
    QString error;
    if (!exportTo(path, format, options, &error)) {
        m_prompts.error(
            tr("Cannot export the diagram to %1").arg(QDir::toNativeSeparators(path)), error);
        return false;
    }
    m_lastOptions = options;
    m_lastDirectory = QFileInfo(path).absolutePath();
    emit statusMessage(tr("Exported the diagram to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool DiagramExporter::exportTo(const QString &path, render::ExportFormat format,
    const render::ExportOptions &options, QString *error)
{
    return render::exportDiagram(m_scene->diagram(), path, format, options, error);
}

} // namespace wl
