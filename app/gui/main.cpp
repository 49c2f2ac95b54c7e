#include "application.h"

#include <QApplication>

#include <cstring>

namespace {

void setApplicationNames()
{
    // The same names as burnrate-cli, so both find the same default ledger.
    QCoreApplication::setOrganizationName(QStringLiteral("Burnrate"));
    QCoreApplication::setApplicationName(QStringLiteral("Burnrate"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BURNRATE_VERSION));
}

bool onlyAnswersOnTheTerminal(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"--help", "-h", "--help-all", "--version", "-v"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // --help and --version must work without a display (over ssh, in scripts): no QApplication.
    if (onlyAnswersOnTheTerminal(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationNames();
        Application application;
        return application.start(QCoreApplication::arguments()).value_or(0);
    }

    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(QStringLiteral("Burnrate"));
    QApplication::setDesktopFileName(QStringLiteral("burnrate"));

    Application application;
    if (const std::optional<int> exitCode = application.start(QApplication::arguments()))
        return *exitCode;
    return QApplication::exec();
}
