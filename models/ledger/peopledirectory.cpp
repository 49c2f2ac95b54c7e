#include "peopledirectory.h"

#include "core/csv.h"
#include "ledger.h"
#include "sqlitedatabase.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

QString roleName(Role role)
{
    switch (role) {
    case Role::Employee:
        return QStringLiteral("employee");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromName(const QString &name)
{
    for (const Role role : {Role::Employee, Role::Manager, Role::Admin}) {
        if (roleName(role).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return role;
    }
    return std::nullopt;
}

namespace {

struct ImportRow
{
    int line = 0;
    // Which optional columns the file has: absent columns leave what the directory knows.
    bool hasTeam = false;
    bool hasManager = false;
    bool hasRole = false;
    QString email;
    QString name;
    QStringList teamPath;
    QString managerEmail;
    Role role = Role::Employee;
    QList<std::pair<QString, QString>> identities;
};

bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s,;]+@[^@\\s,;]+$"));
    return pattern.match(text).hasMatch();
}

Result<QList<ImportRow>> validate(const QList<Csv::Record> &records)
{
    if (records.isEmpty())
        return Error {ErrorCode::InvalidInput, QStringLiteral("the file is empty")};
    const QStringList expected
        = {QStringLiteral("email"),   QStringLiteral("name"), QStringLiteral("team"),
           QStringLiteral("manager"), QStringLiteral("role"), QStringLiteral("identities")};
    QStringList header;
    for (const QString &field : records.first().fields)
        header.append(field.trimmed().toLower());
    if (header.mid(0, 2) != expected.mid(0, 2)) {
        return Error {ErrorCode::InvalidInput,
                      QStringLiteral("line 1: header must be %1").arg(expected.join(u','))};
    }
    QHash<QString, int> column;
    for (int i = 0; i < header.size(); ++i) {
        if (!expected.contains(header[i])) {
            return Error {ErrorCode::InvalidInput,
                          QStringLiteral("line 1: unknown column \"%1\"").arg(header[i])};
        }
        column.insert(header[i], i);
    }
    QList<ImportRow> rows;
    QSet<QString> seenEmails;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const Csv::Record &record = records[r];
        if (record.fields.size() != header.size()) {
            return Error {ErrorCode::InvalidInput,
                          QStringLiteral("line %1: expected %2 fields, found %3")
                              .arg(record.line)
                              .arg(header.size())
                              .arg(record.fields.size())};
        }
        auto field = [&](const QString &name) {
            return column.contains(name) ? record.fields[column[name]].trimmed() : QString();
        };
        ImportRow row;
        row.line = record.line;
        row.hasTeam = column.contains(QStringLiteral("team"));
        row.hasManager = column.contains(QStringLiteral("manager"));
        row.hasRole = column.contains(QStringLiteral("role"));
        row.email = field(QStringLiteral("email")).toLower();
        row.name = field(QStringLiteral("name"));
        if (!looksLikeEmail(row.email)) {
            return Error {ErrorCode::InvalidInput,
                          QStringLiteral("line %1: \"%2\" is not an email address")
                              .arg(record.line)
                              .arg(row.email)};
        }
        if (seenEmails.contains(row.email)) {
            return Error {
                ErrorCode::InvalidInput,
                QStringLiteral("line %1: %2 appears twice").arg(record.line).arg(row.email)};
        }
        seenEmails.insert(row.email);
        if (row.name.isEmpty())
            row.name = row.email.section(u'@', 0, 0);
        for (const QString &part : field(QStringLiteral("team")).split(u'/', Qt::SkipEmptyParts))
            row.teamPath.append(part.trimmed());
        row.managerEmail = field(QStringLiteral("manager")).toLower();
        if (!row.managerEmail.isEmpty() && !looksLikeEmail(row.managerEmail)) {
            return Error {ErrorCode::InvalidInput,
                          QStringLiteral("line %1: manager \"%2\" is not an email address")
                              .arg(record.line)
                              .arg(row.managerEmail)};
        }
        const QString roleText = field(QStringLiteral("role"));
        if (!roleText.isEmpty()) {
            const std::optional<Role> role = roleFromName(roleText);
            if (!role) {
                return Error {
                    ErrorCode::InvalidInput,
                    QStringLiteral("line %1: role \"%2\" is not employee, manager or admin")
                        .arg(record.line)
                        .arg(roleText)};
            }
            row.role = *role;
        }
        for (const QString &identity :
             field(QStringLiteral("identities")).split(u';', Qt::SkipEmptyParts)) {
            const qsizetype colon = identity.indexOf(u':');
            const QString kind = identity.left(colon).trimmed();
            const QString value = identity.mid(colon + 1).trimmed();
            if (colon <= 0 || value.isEmpty()) {
                return Error {ErrorCode::InvalidInput,
                              QStringLiteral("line %1: identity \"%2\" must be kind:value")
                                  .arg(record.line)
                                  .arg(identity.trimmed())};
            }
            // Emails compare case-insensitively everywhere else too.
            row.identities.append({kind, kind == QLatin1String("email") ? value.toLower() : value});
        }
        rows.append(row);
    }
    return rows;
}

Status stepDone(SqliteStatement &statement)
{
    return statement.execute();
}

} // namespace

Result<PeopleImportStats> PeopleDirectory::importCsv(const QByteArray &csv)
{
    Result<QList<Csv::Record>> records = Csv::parse(csv);
    if (!records)
        return records.error();
    Result<QList<ImportRow>> rows = validate(*records);
    if (!rows)
        return rows.error();

    SqliteDatabase &db = m_ledger.database();
    SqliteTransaction transaction(db);
    if (!transaction.beginStatus())
        return transaction.beginStatus().error();
    PeopleImportStats stats;

    // Teams: each path element is a team whose parent is the element before it.
    QHash<QString, qint64> teamIds;
    Result<SqliteStatement> findTeam
        = db.prepare(QStringLiteral("SELECT id FROM teams WHERE name = ?1"));
    Result<SqliteStatement> insertTeam
        = db.prepare(QStringLiteral("INSERT INTO teams (name, parent_id) VALUES (?1, ?2)"));
    Result<SqliteStatement> setParent
        = db.prepare(QStringLiteral("UPDATE teams SET parent_id = ?2 WHERE id = ?1"));
    if (!findTeam || !insertTeam || !setParent)
        return (!findTeam         ? findTeam.error()
                    : !insertTeam ? insertTeam.error()
                                  : setParent.error());
    auto teamId = [&](const QString &name, qint64 parentId) -> Result<qint64> {
        const QString key = name.toLower();
        if (!teamIds.contains(key)) {
            findTeam->bind(1, name);
            if (findTeam->step() == SqliteStatement::StepResult::Row) {
                teamIds.insert(key, findTeam->int64(0));
                findTeam->reset();
            } else {
                findTeam->reset();
                insertTeam->bind(1, name);
                parentId ? insertTeam->bind(2, parentId) : insertTeam->bindNull(2);
                if (Status inserted = stepDone(*insertTeam); !inserted)
                    return inserted.error();
                teamIds.insert(key, db.lastInsertRowId());
                ++stats.teamsCreated;
            }
        }
        const qint64 id = teamIds.value(key);
        if (parentId) {
            if (Status updated = stepDone(setParent->bind(1, id).bind(2, parentId)); !updated)
                return updated.error();
        }
        return id;
    };

    Result<SqliteStatement> upsertPerson = db.prepare(QStringLiteral(R"sql(
INSERT INTO people (email, name, team_id, role) VALUES (?1, ?2, ?3, ?4)
ON CONFLICT (email) DO UPDATE SET name = excluded.name,
    team_id = CASE WHEN ?5 THEN excluded.team_id ELSE people.team_id END,
    role = CASE WHEN ?6 THEN excluded.role ELSE people.role END
RETURNING id
)sql"));
    if (!upsertPerson)
        return upsertPerson.error();
    QHash<QString, qint64> personIds;
    for (const ImportRow &row : std::as_const(*rows)) {
        qint64 team = 0;
        for (const QString &name : row.teamPath) {
            Result<qint64> id = teamId(name, team);
            if (!id)
                return id.error();
            team = *id;
        }
        upsertPerson->bind(1, row.email).bind(2, row.name);
        team ? upsertPerson->bind(3, team) : upsertPerson->bindNull(3);
        upsertPerson->bind(4, roleName(row.role));
        upsertPerson->bind(5, qint64(row.hasTeam)).bind(6, qint64(row.hasRole));
        if (upsertPerson->step() != SqliteStatement::StepResult::Row) {
            Error error = upsertPerson->lastError();
            return Error {error.code,
                          QStringLiteral("line %1: %2").arg(row.line).arg(error.detail)};
        }
        personIds.insert(row.email, upsertPerson->int64(0));
        upsertPerson->reset();
        ++stats.people;
    }

    // Managers and identities once everybody exists, so a manager may appear after a report.
    Result<SqliteStatement> setManager = db.prepare(QStringLiteral(
        "UPDATE people SET manager_id = (SELECT id FROM people WHERE email = ?2) WHERE id = ?1 "
        "RETURNING manager_id"));
    Result<SqliteStatement> clearManager
        = db.prepare(QStringLiteral("UPDATE people SET manager_id = NULL WHERE id = ?1"));
    Result<SqliteStatement> upsertIdentity = db.prepare(
        QStringLiteral("INSERT INTO identities (kind, value, person_id) VALUES (?1, ?2, ?3) "
                       "ON CONFLICT (kind, value) DO UPDATE SET person_id = excluded.person_id"));
    // An identity that moved to another person takes the usage it carried along.
    Result<SqliteStatement> moveUsage = db.prepare(QStringLiteral(
        "UPDATE usage SET person_id = ?3 WHERE identity_kind = ?1 AND identity_value = ?2 "
        "AND person_id IS NOT ?3"));
    if (!setManager || !clearManager || !upsertIdentity || !moveUsage)
        return Error {ErrorCode::Database, QStringLiteral("cannot prepare the people import")};
    for (const ImportRow &row : std::as_const(*rows)) {
        const qint64 personId = personIds.value(row.email);
        if (row.hasManager && row.managerEmail.isEmpty()) {
            if (Status cleared = stepDone(clearManager->bind(1, personId)); !cleared)
                return cleared.error();
        }
        if (!row.managerEmail.isEmpty()) {
            if (row.managerEmail == row.email) {
                return Error {ErrorCode::InvalidInput,
                              QStringLiteral("line %1: %2 cannot manage themselves")
                                  .arg(row.line)
                                  .arg(row.email)};
            }
            setManager->bind(1, personId).bind(2, row.managerEmail);
            const bool found
                = setManager->step() == SqliteStatement::StepResult::Row && !setManager->isNull(0);
            setManager->reset();
            if (!found) {
                return Error {ErrorCode::InvalidInput,
                              QStringLiteral(
                                  "line %1: manager %2 is neither in the file nor in the directory")
                                  .arg(row.line)
                                  .arg(row.managerEmail)};
            }
        }
        for (const auto &[kind, value] : row.identities) {
            if (Status stored
                = stepDone(upsertIdentity->bind(1, kind).bind(2, value).bind(3, personId));
                !stored)
                return stored.error();
            if (Status moved = stepDone(moveUsage->bind(1, kind).bind(2, value).bind(3, personId));
                !moved)
                return moved.error();
            stats.usageReattributed += db.changes();
            ++stats.identities;
        }
    }

    Result<qint64> reattributed = reattributeUnmatchedUsage();
    if (!reattributed)
        return reattributed.error();
    stats.usageReattributed += *reattributed;
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return stats;
}

Result<qint64> PeopleDirectory::reattributeUnmatchedUsage()
{
    // The rollup triggers move the sums along with each row.
    SqliteDatabase &db = m_ledger.database();
    if (Status updated = db.exec(QStringLiteral(R"sql(
UPDATE usage SET person_id = coalesce(
    (SELECT i.person_id FROM identities i
     WHERE i.kind = usage.identity_kind AND i.value = usage.identity_value),
    (SELECT p.id FROM people p WHERE usage.identity_kind = 'email' AND p.email = usage.identity_value))
WHERE person_id IS NULL AND identity_value IS NOT NULL
  AND (EXISTS (SELECT 1 FROM identities i
               WHERE i.kind = usage.identity_kind AND i.value = usage.identity_value)
       OR (identity_kind = 'email'
           AND EXISTS (SELECT 1 FROM people p WHERE p.email = usage.identity_value)))
)sql"));
        !updated)
        return updated.error();
    return db.changes();
}

Result<QList<Person>> PeopleDirectory::people()
{
    Result<SqliteStatement> statement = m_ledger.database().prepare(QStringLiteral(R"sql(
SELECT p.id, p.email, p.name, coalesce(p.team_id, 0), coalesce(t.name, ''),
       coalesce(p.manager_id, 0), coalesce(m.email, ''), p.role
FROM people p LEFT JOIN teams t ON t.id = p.team_id LEFT JOIN people m ON m.id = p.manager_id
ORDER BY p.name COLLATE NOCASE, p.email
)sql"));
    if (!statement)
        return statement.error();
    QList<Person> result;
    while (statement->step() == SqliteStatement::StepResult::Row) {
        result.append(Person {statement->int64(0), statement->text(1), statement->text(2),
                              statement->int64(3), statement->text(4), statement->int64(5),
                              statement->text(6),
                              roleFromName(statement->text(7)).value_or(Role::Employee)});
    }
    return result;
}

Result<Person> PeopleDirectory::personByEmail(const QString &email)
{
    Result<QList<Person>> all = people();
    if (!all)
        return all.error();
    for (const Person &person : std::as_const(*all)) {
        if (person.email.compare(email.trimmed(), Qt::CaseInsensitive) == 0)
            return person;
    }
    return Error {ErrorCode::NotFound, QStringLiteral("nobody with email %1").arg(email)};
}

Result<QList<Team>> PeopleDirectory::teams()
{
    Result<SqliteStatement> statement = m_ledger.database().prepare(QStringLiteral(R"sql(
SELECT t.id, t.name, coalesce(t.parent_id, 0),
       (SELECT count(*) FROM people p WHERE p.team_id = t.id)
FROM teams t ORDER BY t.name COLLATE NOCASE
)sql"));
    if (!statement)
        return statement.error();
    QList<Team> result;
    while (statement->step() == SqliteStatement::StepResult::Row) {
        result.append(Team {statement->int64(0), statement->text(1), statement->int64(2),
                            int(statement->int64(3))});
    }
    return result;
}

Result<QList<qint64>> PeopleDirectory::teamSubtree(const QString &teamName)
{
    Result<SqliteStatement> statement = m_ledger.database().prepare(QStringLiteral(R"sql(
WITH RECURSIVE subtree(id) AS (
    SELECT id FROM teams WHERE name = ?1
    UNION SELECT t.id FROM teams t JOIN subtree s ON t.parent_id = s.id)
SELECT id FROM subtree
)sql"));
    if (!statement)
        return statement.error();
    statement->bind(1, teamName);
    QList<qint64> ids;
    while (statement->step() == SqliteStatement::StepResult::Row)
        ids.append(statement->int64(0));
    if (ids.isEmpty())
        return Error {ErrorCode::NotFound, QStringLiteral("no team named %1").arg(teamName)};
    return ids;
}

Result<qint64> PeopleDirectory::assignIdentity(const QString &kind, const QString &value,
                                               qint64 personId)
{
    SqliteDatabase &db = m_ledger.database();
    SqliteTransaction transaction(db);
    if (!transaction.beginStatus())
        return transaction.beginStatus().error();
    Result<SqliteStatement> upsert = db.prepare(
        QStringLiteral("INSERT INTO identities (kind, value, person_id) VALUES (?1, ?2, ?3) "
                       "ON CONFLICT (kind, value) DO UPDATE SET person_id = excluded.person_id"));
    if (!upsert)
        return upsert.error();
    if (Status stored = upsert->bind(1, kind).bind(2, value).bind(3, personId).execute(); !stored)
        return stored.error();
    Result<SqliteStatement> move = db.prepare(QStringLiteral(
        "UPDATE usage SET person_id = ?3 WHERE identity_kind = ?1 AND identity_value = ?2 "
        "AND person_id IS NOT ?3"));
    if (!move)
        return move.error();
    if (Status moved = move->bind(1, kind).bind(2, value).bind(3, personId).execute(); !moved)
        return moved.error();
    const qint64 changed = db.changes();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return changed;
}

Result<QList<UnmatchedIdentity>> PeopleDirectory::unmatchedIdentities()
{
    // The partial index holds every unclaimed row with its cost, so the sums never touch the
    // table; without statistics the planner would pick the (person_id, start_ms) index and look
    // each row up (0.4 s instead of 30 ms for 50,000 rows).
    Result<SqliteStatement> statement = m_ledger.database().prepare(QStringLiteral(R"sql(
SELECT u.identity_kind, u.identity_value, u.records, u.cost, pi.display_name, pi.email,
       u.unpriced FROM
    (SELECT identity_kind, identity_value, count(*) AS records, sum(cost_micros) AS cost,
            sum(cost_kind = 2) AS unpriced FROM usage INDEXED BY usage_identity
     WHERE person_id IS NULL AND identity_value IS NOT NULL
     GROUP BY identity_kind, identity_value) u
LEFT JOIN provider_identities pi ON pi.kind = u.identity_kind AND pi.value = u.identity_value
ORDER BY u.cost DESC
)sql"));
    if (!statement)
        return statement.error();
    QList<UnmatchedIdentity> result;
    while (statement->step() == SqliteStatement::StepResult::Row) {
        const QString name = statement->text(4);
        const QString email = statement->text(5);
        QString hint = name;
        if (!email.isEmpty())
            hint = name.isEmpty() ? email : QStringLiteral("%1 <%2>").arg(name, email);
        result.append(UnmatchedIdentity {statement->text(0), statement->text(1),
                                         statement->int64(2), statement->int64(3), hint,
                                         statement->int64(6)});
    }
    return result;
}
