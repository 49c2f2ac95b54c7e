#pragma once

#include <QtGlobal>

#include <functional>

class QMenu;
class QWidget;

// The snooze lengths the Alerts page and the banner offer: 1 hour, 4 hours, 1 day, 1 week.
namespace SnoozeMenu {

// A menu of those lengths; each action carries its length in milliseconds as data, and choosing
// one calls `chosen` with it.
QMenu *create(QWidget *parent, std::function<void(qint64 forMs)> chosen);

} // namespace SnoozeMenu
