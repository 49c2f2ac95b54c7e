#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

class Ledger;

enum class Role { Employee, Manager, Admin };
QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);

struct Person
{
    qint64 id = 0;
    QString email;
    QString name;
    qint64 teamId = 0;
    QString teamName;
    qint64 managerId = 0;
    QString managerEmail;
    Role role = Role::Employee;
};

struct Team
{
    qint64 id = 0;
    QString name;
    qint64 parentId = 0;
    int memberCount = 0;
};

struct UnmatchedIdentity
{
    QString kind;
    QString value;
    qint64 records = 0;
    qint64 costMicros = 0;
    // What the provider's user or key list says about it ("Dana Lee <dana@…>", a key's name),
    // so the admin sees who it is; empty when no list named it.
    QString providerHint {};
    // Records without any price: not in costMicros, and all of them means the cost is unknown.
    qint64 unpricedRecords = 0;
};

struct PeopleImportStats
{
    int people = 0;
    int teamsCreated = 0;
    int identities = 0;
    qint64 usageReattributed = 0;
};

// People, nested teams and the identities that stand for them. Works on the ledger's connection.
class PeopleDirectory
{
public:
    explicit PeopleDirectory(Ledger &ledger) : m_ledger(ledger) { }

    // CSV with a header row: email,name,team,manager,role,identities. team may be a path
    // ("Engineering/Platform") that creates nested teams; identities is a ';' list of kind:value.
    // Everything is checked before anything is written: one bad row writes nothing.
    Result<PeopleImportStats> importCsv(const QByteArray &csv);

    Result<QList<Person>> people();
    Result<Person> personByEmail(const QString &email);
    Result<QList<Team>> teams();
    // The team (first) and every team nested below it.
    Result<QList<qint64>> teamSubtree(const QString &teamName);

    // Maps an identity to a person and re-attributes the usage it carried so far.
    Result<qint64> assignIdentity(const QString &kind, const QString &value, qint64 personId);
    Result<QList<UnmatchedIdentity>> unmatchedIdentities();

private:
    Result<qint64> reattributeUnmatchedUsage();
    Ledger &m_ledger;
};
