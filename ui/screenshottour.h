#pragma once

#include "mainwindow.h"

#include <QObject>

// Shows each page once its data is in, saves a picture of the window per page
// (DIR/my-usage.png, ...) and reports when done. For documentation and visual checks.
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(MainWindow *window, const QString &directory, QObject *parent = nullptr);

    // Starts at the next state the window reaches (the first data).
    void start();

signals:
    void finished(bool ok);

private:
    void visit(int page);
    void capture(int page);

    MainWindow *m_window = nullptr;
    QString m_directory;
    bool m_ok = true;
    bool m_started = false;
};
