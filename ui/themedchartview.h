#pragma once

#include <QChartView>
#include <QPointer>

class QAction;
class QMenu;

// A chart view that follows the theme: its chart takes Theme's colours for the view's palette
// when made and again whenever the palette changes (the theme switched while the app runs).
// Qt Charts' setTheme() resets the series' colours, so subclasses set theirs again in
// themeChanged().
//
// Every chart can be exported as PNG or PDF (ChartExport) from its context menu: right click, or
// the Menu key or Shift+F10 while it has focus.
class ThemedChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ThemedChartView(QWidget *parent = nullptr);

    // The period the chart shows ("This month, 1 – 22 Nov 2026"), under its name in a PDF export.
    void setPeriodText(const QString &text) { m_periodText = text; }
    QString periodText() const { return m_periodText; }

    QAction *exportPngAction() const { return m_exportPng; }
    QAction *exportPdfAction() const { return m_exportPdf; }

protected:
    virtual void themeChanged() { }
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showContextMenu(const QPoint &globalPosition);

    QString m_periodText;
    QAction *m_exportPng = nullptr;
    QAction *m_exportPdf = nullptr;
    QPointer<QMenu> m_menu;
};
