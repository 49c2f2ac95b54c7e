#include "screenshottour.h"

#include "dashboardpage.h"

#include <QDir>
#include <QPixmap>
#include <QTimer>

ScreenshotTour::ScreenshotTour(MainWindow *window, const QString &directory, QObject *parent)
    : QObject(parent), m_window(window), m_directory(directory)
{ }

void ScreenshotTour::start()
{
    QDir().mkpath(m_directory);
    connect(m_window, &MainWindow::stateChanged, this, [this] {
        if (m_started)
            return;
        m_started = true;
        visit(0);
    });
}

void ScreenshotTour::visit(int page)
{
    if (page >= MainWindow::pageCount) {
        emit finished(m_ok);
        return;
    }
    m_window->showPage(MainWindow::Page(page));
    DashboardPage *shown = m_window->page(MainWindow::Page(page));
    if (shown->isLoaded())
        capture(page);
    else
        connect(
            shown, &DashboardPage::loaded, this, [this, page] { capture(page); },
            Qt::SingleShotConnection);
}

void ScreenshotTour::capture(int page)
{
    // One turn of the event loop lets layouts settle and charts lay out before the picture.
    QTimer::singleShot(100, this, [this, page] {
        const QString path
            = QDir(m_directory)
                  .filePath(MainWindow::pageKey(MainWindow::Page(page)) + QStringLiteral(".png"));
        if (!m_window->grab().save(path)) {
            qWarning("cannot save %s", qPrintable(path));
            m_ok = false;
        }
        visit(page + 1);
    });
}
