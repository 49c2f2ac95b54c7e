#include "appicon.h"

QIcon burnrateIcon()
{
    QIcon icon;
    for (const int size : burnrateIconSizes())
        icon.addFile(QStringLiteral(":/icons/burnrate-%1.png").arg(size), QSize(size, size));
    return icon;
}

QList<int> burnrateIconSizes()
{
    return {16, 24, 32, 48, 64, 128, 256, 512};
}
