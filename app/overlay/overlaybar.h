// The overlay's controls, for a toolbar: the heatmap metric (or Off), the
// source of its values (the annual baseline or the scenario result handed
// to the controller), the scale (linear or log), "Flows", and a status that shows the computation's
// progress or that the values are stale.
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace wl {

class OverlayController;

class OverlayBar : public QWidget {
    Q_OBJECT
public:
    explicit OverlayBar(OverlayController *controller, QWidget *parent = nullptr);

    QComboBox *metricBox() const { return m_metric; }
    QComboBox *sourceBox() const { return m_source; }
    QComboBox *scaleBox() const { return m_scale; }
    QCheckBox *flowsBox() const { return m_flows; }
    QCheckBox *contractsBox() const { return m_contracts; }
    QLabel *statusLabel() const { return m_status; }

private:
    void syncFromController();
    void updateStatus();

    OverlayController *m_controller;
    QComboBox *m_metric;
    QComboBox *m_source;
    QComboBox *m_scale;
    QCheckBox *m_flows;
    QCheckBox *m_contracts;
    QLabel *m_status;
    qint64 m_done = 0;
    qint64 m_total = 0;
    bool m_syncing = false;
};

} // namespace wl
