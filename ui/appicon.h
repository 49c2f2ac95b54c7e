#pragma once

#include <QIcon>
#include <QList>

// Burnrate's icon at every size it ships (PNG, so no SVG plugin is needed). Qt picks the
// smallest that covers the size asked for times the screen's scale, and scales it down.
QIcon burnrateIcon();
// The pixel sizes of the PNGs, smallest first.
QList<int> burnrateIconSizes();
