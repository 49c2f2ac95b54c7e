#pragma once

#include "core/result.h"

#include <QString>

// Words for people from an error code; the technical detail follows.
QString errorText(const Error &error);
