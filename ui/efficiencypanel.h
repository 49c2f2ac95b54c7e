#pragma once

#include "analytics/efficiencyfigures.h"

#include <QWidget>

class QLabel;
class QSlider;

// The person's efficiency figures in words, every one marked estimated: cache reads and what they
// saved, the share of spend on expensive models, and a what-if slider that moves a share of that
// work to a cheaper model (EfficiencyFigures computes it; the slider only asks).
class EfficiencyPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EfficiencyPanel(QWidget *parent = nullptr);

    void setFigures(const EfficiencyFigures &figures);
    void showMessage(const QString &message);

    const EfficiencyFigures &figures() const { return m_figures; }
    QSlider *slider() const { return m_slider; }
    QString cacheText() const;
    QString expensiveText() const;
    QString savingText() const;

private:
    void showSaving();

    EfficiencyFigures m_figures;
    QLabel *m_message = nullptr;
    QWidget *m_body = nullptr;
    QLabel *m_cache = nullptr;
    QLabel *m_expensive = nullptr;
    QSlider *m_slider = nullptr;
    QLabel *m_percent = nullptr;
    QLabel *m_saving = nullptr;
    QLabel *m_unpriced = nullptr;
};
