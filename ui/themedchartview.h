#pragma once

#include <QChartView>

// A chart view that follows the theme: its chart takes Theme's colours for the view's palette
// when made and again whenever the palette changes (the theme switched while the app runs).
// Qt Charts' setTheme() resets the series' colours, so subclasses set theirs again in
// themeChanged().
class ThemedChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ThemedChartView(QWidget *parent = nullptr);

protected:
    virtual void themeChanged() { }
    void changeEvent(QEvent *event) override;
};
