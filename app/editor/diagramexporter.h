// File ▸ Export ▸ Diagram as SVG, PNG or PDF: what the canvas shows, with
// its legend, through render::exportDiagram (the canvas's own drawing
// code). The questions it asks go through Prompts, which tests replace.
#pragma once

#include "render/export.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QWidget;

class QPrinter;

namespace wl {

class DiagramScene;
class DocumentController;

class DiagramExporter : public QObject {
    Q_OBJECT
public:
    struct Prompts {
        // Where to write; empty to cancel.
        std::function<QString(render::ExportFormat format, const QString &suggestion)> path;
        // Pixels per point for PNG, the paper for PDF, starting from the
        // last choices; nullopt to cancel. Not asked for SVG.
        std::function<std::optional<render::ExportOptions>(
            render::ExportFormat format, const render::ExportOptions &last)>
            options;
        std::function<void(const QString &title, const QString &reason)> error;
        // File ▸ Print…: shows the printer, its paper set up as the PDF
        // export's, with `paint` drawing the pages (the print preview
        // dialog); true if the user printed.
        std::function<bool(QPrinter *printer, const std::function<void(QPrinter *)> &paint)> print;
    };

    DiagramExporter(DiagramScene *scene, DocumentController *controller, QWidget *window);

    Prompts &prompts() { return m_prompts; }

    // Asks where (and for PNG and PDF, how), then writes.
    bool exportAs(render::ExportFormat format);
    bool exportTo(const QString &path, render::ExportFormat format,
        const render::ExportOptions &options, QString *error);
    // File ▸ Print…: the diagram exactly as the PDF export draws it (the
    // last PDF options), through the print preview.
    bool print();

signals:
    void statusMessage(const QString &message);

private:
    void installDefaultPrompts();
    QString suggestedPath(render::ExportFormat format) const;

    DiagramScene *m_scene;
    DocumentController *m_controller;
    QPointer<QWidget> m_window;
    Prompts m_prompts;
    QString m_lastDirectory;
    render::ExportOptions m_lastOptions;
};

} // namespace wl
