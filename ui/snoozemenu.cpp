#include "snoozemenu.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>

namespace {

// Gives lupdate and tr() the context "SnoozeMenu".
class Text
{
    Q_DECLARE_TR_FUNCTIONS(SnoozeMenu)
};

constexpr qint64 hourMs = 3'600'000;

} // namespace

namespace SnoozeMenu {

QMenu *create(QWidget *parent, std::function<void(qint64 forMs)> chosen)
{
    auto *menu = new QMenu(parent);
    menu->setAccessibleName(Text::tr("Snooze for"));
    const QList<std::pair<QString, qint64>> lengths = {
        {Text::tr("For 1 &hour"), hourMs},
        {Text::tr("For &4 hours"), 4 * hourMs},
        {Text::tr("For 1 &day"), 24 * hourMs},
        {Text::tr("For 1 &week"), 7 * 24 * hourMs},
    };
    for (const auto &[text, ms] : lengths)
        menu->addAction(text)->setData(ms);
    QObject::connect(menu, &QMenu::triggered, menu, [chosen = std::move(chosen)](QAction *action) {
        chosen(action->data().toLongLong());
    });
    return menu;
}

} // namespace SnoozeMenu
