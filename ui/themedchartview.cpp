#include "themedchartview.h"

#include "chartexport.h"
#include "theme.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>

ThemedChartView::ThemedChartView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    // Axis figures in the user's locale ("1.234,50 €"): the money axes' label formats carry the
    // currency's symbol, the locale gives the marks.
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    setChart(chart);
    Theme::applyTo(chart, palette());

    // Keyboard users reach the chart with Tab (a graphics view takes focus), then the menu with the
    // Menu key or Shift+F10. The menu item's text is what screen readers say; "&" gives it a
    // mnemonic.
    m_exportPng = new QAction(tr("Export chart as &PNG…"), this);
    m_exportPng->setObjectName(QStringLiteral("exportChartPng"));
    connect(m_exportPng, &QAction::triggered, this,
            [this] { ChartExport::chooseAndSave(this, ChartExport::Format::Png, m_periodText); });
    m_exportPdf = new QAction(tr("Export chart as P&DF…"), this);
    m_exportPdf->setObjectName(QStringLiteral("exportChartPdf"));
    connect(m_exportPdf, &QAction::triggered, this,
            [this] { ChartExport::chooseAndSave(this, ChartExport::Format::Pdf, m_periodText); });
    addActions({m_exportPng, m_exportPdf});
}

void ThemedChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    Theme::applyTo(chart(), palette());
    themeChanged();
}

void ThemedChartView::contextMenuEvent(QContextMenuEvent *event)
{
    // From the keyboard the position is the mouse pointer's, which may be anywhere.
    showContextMenu(event->reason() == QContextMenuEvent::Mouse ? event->globalPos()
                                                                : mapToGlobal(rect().center()));
    event->accept();
}

void ThemedChartView::keyPressEvent(QKeyEvent *event)
{
    // Not every platform turns these keys into a context menu event; where one does (the Menu key
    // on X11), the menu already shown takes it.
    const bool isMenuKey = event->key() == Qt::Key_Menu && event->modifiers() == Qt::NoModifier;
    const bool isShiftF10 = event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier;
    if (!isMenuKey && !isShiftF10) {
        QChartView::keyPressEvent(event);
        return;
    }
    showContextMenu(mapToGlobal(rect().center()));
    event->accept();
}

void ThemedChartView::showContextMenu(const QPoint &globalPosition)
{
    if (m_menu && m_menu->isVisible())
        return;
    m_menu = new QMenu(this);
    m_menu->setAttribute(Qt::WA_DeleteOnClose);
    m_menu->addActions({m_exportPng, m_exportPdf});
    m_menu->popup(globalPosition);
}
