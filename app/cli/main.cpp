#include "cli/commandline.h"
#include "core/clock.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the desktop app, so both find the same default ledger.
    QCoreApplication::setOrganizationName(QStringLiteral("Burnrate"));
    QCoreApplication::setApplicationName(QStringLiteral("Burnrate"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BURNRATE_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    SystemClock clock;
    CommandLine commandLine(out, err, clock);
    return commandLine.run(QCoreApplication::arguments());
}
