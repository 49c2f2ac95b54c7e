#pragma once

#include <QIcon>

// Burnrate's icon at every size it ships (PNG, so no SVG plugin is needed).
QIcon burnrateIcon();
