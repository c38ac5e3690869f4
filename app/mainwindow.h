// The main window wires the document, its controller, the tables, the
// history dock and the status bar together and owns the menus. The work
// itself lives in those parts; this class only connects them.
#pragma once

#include <QMainWindow>

namespace wl {

class Document;
class DocumentController;
class DocumentStatus;
class ElementTabs;
class HistoryDock;
class RecentFiles;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    DocumentController *documentController() const { return m_controller; }
    ElementTabs *tables() const { return m_tables; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void updateTitle();
    void restoreWindowState();
    void saveWindowState() const;
    void showAbout();

    Document *m_document;
    RecentFiles *m_recentFiles;
    DocumentController *m_controller;
    ElementTabs *m_tables;
    HistoryDock *m_history;
    DocumentStatus *m_status;
};

} // namespace wl
