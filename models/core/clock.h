#pragma once

#include <QDateTime>

// Time comes from a Clock passed in, so tests can stand at any instant (month ends, DST changes).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};
