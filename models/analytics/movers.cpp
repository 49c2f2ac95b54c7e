#include "movers.h"

#include <QHash>

#include <algorithm>

std::optional<double> Mover::changePercent() const
{
    if (previous.costMicros <= 0)
        return std::nullopt;
    return 100.0 * double(changeMicros()) / double(previous.costMicros);
}

QList<Mover> topMovers(const QList<GroupSpend> &current, const QList<GroupSpend> &previous,
                       int limit)
{
    QList<Mover> movers;
    QHash<QString, qsizetype> indexOf;
    const auto moverFor = [&](const GroupSpend &group) -> Mover & {
        auto found = indexOf.constFind(group.key);
        if (found != indexOf.cend())
            return movers[*found];
        indexOf.insert(group.key, movers.size());
        movers.append(
            Mover {group.key, group.personName.isEmpty() ? group.key : group.personName, {}, {}});
        return movers.last();
    };
    for (const GroupSpend &group : current)
        moverFor(group).current = group.totals;
    for (const GroupSpend &group : previous)
        moverFor(group).previous = group.totals;
    movers.removeIf([](const Mover &mover) { return mover.changeMicros() == 0; });
    std::stable_sort(movers.begin(), movers.end(), [](const Mover &a, const Mover &b) {
        const qint64 left = std::abs(a.changeMicros());
        const qint64 right = std::abs(b.changeMicros());
        return left != right ? left > right : a.key < b.key;
    });
    if (limit >= 0 && movers.size() > limit)
        movers.resize(limit);
    return movers;
}
