#include "appicon.h"

QIcon burnrateIcon()
{
    QIcon icon;
    for (const int size : {16, 32, 64, 256})
        icon.addFile(QStringLiteral(":/icons/burnrate-%1.png").arg(size), QSize(size, size));
    return icon;
}
