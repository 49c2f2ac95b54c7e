#include "cli/commandline.h"
#include "core/clock.h"

#include <QCoreApplication>

#include <cstdio>
#include <malloc.h>

int main(int argc, char *argv[])
{
    // A command runs once and exits: keep freed memory for the next allocation instead of giving
    // it back to the system, and serve large blocks from that pool too. An import of a gigabyte of
    // logs otherwise spends a tenth of its time in page faults on memory it had already used.
    mallopt(M_MMAP_THRESHOLD, 256 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 1024 * 1024 * 1024);
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
