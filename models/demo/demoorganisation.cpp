#include "demoorganisation.h"

#include "budgets/alertengine.h"
#include "budgets/budgetstore.h"
#include "core/calendar.h"
#include "core/csv.h"
#include "core/money.h"
#include "ledger/ledger.h"
#include "ledger/peopledirectory.h"
#include "ledger/reportquery.h"
#include "ledger/sqlitedatabase.h"
#include "pricing/pricebook.h"

#include <QList>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <random>
#include <span>

namespace {

const QString demoDomain = QStringLiteral("northwind.example");
constexpr qint64 msPerMinute = 60'000;
constexpr qsizetype writeBatch = 20'000;

// ---------------------------------------------------------------------------------------------
// Deterministic randomness. Only the raw output of std::mt19937_64 is specified by the standard
// (the std:: distributions differ between libraries), so the distributions are written out here.

quint64 splitMix(quint64 value)
{
    value += 0x9E3779B97F4A7C15ULL;
    value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ULL;
    value = (value ^ (value >> 27)) * 0x94D049BB133111EBULL;
    return value ^ (value >> 31);
}

quint64 mix(std::initializer_list<quint64> parts)
{
    quint64 hash = 0x243F6A8885A308D3ULL;
    for (const quint64 part : parts)
        hash = splitMix(hash ^ part);
    return hash;
}

// Stable across runs and platforms, unlike qHash.
quint64 fnv1a(const QByteArray &bytes)
{
    quint64 hash = 0xCBF29CE484222325ULL;
    for (const char c : bytes) {
        hash ^= quint8(c);
        hash *= 0x100000001B3ULL;
    }
    return hash;
}

class Rng
{
public:
    explicit Rng(quint64 seed) : m_engine(seed) { }

    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; } // [0, 1)
    qint64 between(qint64 low, qint64 high) // inclusive
    {
        return low + qint64(m_engine() % quint64(high - low + 1));
    }
    bool chance(double probability) { return uniform() < probability; }
    double normal()
    {
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }
    qint64 logNormalClamped(double median, double sigma, qint64 low, qint64 high)
    {
        return std::clamp(qint64(std::llround(logNormal(median, sigma))), low, high);
    }
    int poisson(double mean)
    {
        if (mean <= 0)
            return 0;
        if (mean > 30)
            return int(std::max(0LL, std::llround(mean + std::sqrt(mean) * normal())));
        const double limit = std::exp(-mean);
        int count = -1;
        double product = 1.0;
        do {
            ++count;
            product *= uniform();
        } while (product > limit);
        return count;
    }
    // At least one, with the given mean.
    int geometric(double mean, int cap)
    {
        const double p = 1.0 / mean;
        const double draw = std::floor(std::log(1.0 - uniform()) / std::log(1.0 - p));
        return int(std::min(double(cap), 1.0 + draw));
    }

private:
    std::mt19937_64 m_engine;
};

const char base62Digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

// length base-62 characters drawn from a hash of the parts: ids that look like the providers'.
QString hashedId(std::initializer_list<quint64> parts, int length)
{
    QString text;
    text.reserve(length);
    quint64 state = mix(parts);
    while (text.size() < length) {
        quint64 word = state;
        for (int i = 0; i < 10 && text.size() < length; ++i) {
            text.append(QLatin1Char(base62Digits[word % 62]));
            word /= 62;
        }
        state = splitMix(state);
    }
    return text;
}

QString hashedUuid(std::initializer_list<quint64> parts)
{
    const quint64 high = mix(parts);
    const quint64 low = splitMix(high);
    const QString hex = QStringLiteral("%1%2")
                            .arg(high, 16, 16, QLatin1Char('0'))
                            .arg(low, 16, 16, QLatin1Char('0'));
    return hex.mid(0, 8) + u'-' + hex.mid(8, 4) + u"-4" + hex.mid(13, 3) + u'-' + hex.mid(16, 4)
        + u'-' + hex.mid(20, 12);
}

// ---------------------------------------------------------------------------------------------
// The organisation.

enum class Persona {
    Executive,
    Operations,
    EngineeringLead,
    Engineer,
    DataEngineer,
    Researcher,
    ProductManager,
    Designer,
    Sales,
    Support,
};

struct PersonaTraits
{
    double intensity; // scale of agent use
    double claudeCode; // probabilities of using each source
    double codex;
    double openAi;
    double anthropicKey;
    double openRouter;
    double openAiIntensity;
};

PersonaTraits traitsOf(Persona persona)
{
    switch (persona) {
    case Persona::Executive:
        return {0.25, 0.3, 0.05, 0.9, 0.1, 0.0, 0.8};
    case Persona::Operations:
        return {0.35, 0.5, 0.2, 0.6, 0.3, 0.0, 0.6};
    case Persona::EngineeringLead:
        return {0.5, 0.85, 0.35, 0.5, 0.3, 0.05, 0.6};
    case Persona::Engineer:
        return {1.0, 0.92, 0.45, 0.3, 0.3, 0.08, 0.6};
    case Persona::DataEngineer:
        return {1.1, 0.85, 0.5, 0.6, 0.6, 0.2, 1.0};
    case Persona::Researcher:
        return {1.15, 0.85, 0.55, 0.7, 0.8, 0.6, 1.2};
    case Persona::ProductManager:
        return {0.35, 0.4, 0.1, 0.85, 0.2, 0.05, 1.0};
    case Persona::Designer:
        return {0.25, 0.3, 0.05, 0.7, 0.1, 0.0, 0.7};
    case Persona::Sales:
        return {0.2, 0.05, 0.0, 0.95, 0.05, 0.0, 1.2};
    case Persona::Support:
        return {0.3, 0.15, 0.0, 0.9, 0.3, 0.0, 1.5};
    }
    return {};
}

struct PersonSpec
{
    const char *name; // UTF-8
    const char *localPart;
    const char *team; // path
    const char *manager; // local part of the manager's email
    Role role;
    Persona persona;
    double fixedIntensity; // 0: drawn from the seed; heavy users and "me" are pinned
};

constexpr Role E = Role::Employee;
constexpr Role M = Role::Manager;

const PersonSpec people[] = {
    {"Helena Marsh", "helena.marsh", "Operations", "", Role::Admin, Persona::Executive, 0},
    {"Tomás Ferreira", "tomas.ferreira", "Operations", "helena.marsh", M, Persona::Operations, 0},
    {"Ingrid Halvorsen", "ingrid.halvorsen", "Operations", "tomas.ferreira", Role::Admin,
     Persona::Operations, 0},
    {"Daniel Okafor", "daniel.okafor", "Engineering", "helena.marsh", M, Persona::EngineeringLead,
     0},

    {"Priya Raman", "priya.raman", "Engineering/Platform", "daniel.okafor", M,
     Persona::EngineeringLead, 0},
    {"Jonas Becker", "jonas.becker", "Engineering/Platform", "priya.raman", E, Persona::Engineer,
     5.0},
    {"Mei Lin Chen", "meilin.chen", "Engineering/Platform", "priya.raman", E, Persona::Engineer, 0},
    {"Sam Whitfield", "sam.whitfield", "Engineering/Platform", "priya.raman", E, Persona::Engineer,
     1.0},
    {"Olusegun Adeyemi", "olusegun.adeyemi", "Engineering/Platform", "priya.raman", E,
     Persona::Engineer, 0},
    {"Katarzyna Nowak", "katarzyna.nowak", "Engineering/Platform", "priya.raman", E,
     Persona::Engineer, 0},
    {"Diego Álvarez", "diego.alvarez", "Engineering/Platform", "priya.raman", E, Persona::Engineer,
     0},
    {"Hannah Schulz", "hannah.schulz", "Engineering/Platform", "priya.raman", E, Persona::Engineer,
     0},
    {"Ravi Krishnan", "ravi.krishnan", "Engineering/Platform", "priya.raman", E, Persona::Engineer,
     0},

    {"Chloé Martin", "chloe.martin", "Engineering/Mobile", "daniel.okafor", M,
     Persona::EngineeringLead, 0},
    {"Kenji Watanabe", "kenji.watanabe", "Engineering/Mobile", "chloe.martin", E, Persona::Engineer,
     0},
    {"Amara Nwosu", "amara.nwosu", "Engineering/Mobile", "chloe.martin", E, Persona::Engineer, 0},
    {"Lucas Oliveira", "lucas.oliveira", "Engineering/Mobile", "chloe.martin", E, Persona::Engineer,
     0},
    {"Freya Andersen", "freya.andersen", "Engineering/Mobile", "chloe.martin", E, Persona::Engineer,
     0},
    {"Yusuf Demir", "yusuf.demir", "Engineering/Mobile", "chloe.martin", E, Persona::Engineer, 0},
    {"Emily Carter", "emily.carter", "Engineering/Mobile", "chloe.martin", E, Persona::Engineer, 0},

    {"Marco Bianchi", "marco.bianchi", "Engineering/Web", "daniel.okafor", M,
     Persona::EngineeringLead, 0},
    {"Sofia Petrova", "sofia.petrova", "Engineering/Web", "marco.bianchi", E, Persona::Engineer, 0},
    {"Noah Kim", "noah.kim", "Engineering/Web", "marco.bianchi", E, Persona::Engineer, 0},
    {"Leila Haddad", "leila.haddad", "Engineering/Web", "marco.bianchi", E, Persona::Engineer, 0},
    {"Ethan Walsh", "ethan.walsh", "Engineering/Web", "marco.bianchi", E, Persona::Engineer, 0},
    {"Ana Lucía Gómez", "ana.gomez", "Engineering/Web", "marco.bianchi", E, Persona::Engineer, 0},
    {"Mateo Rossi", "mateo.rossi", "Engineering/Web", "marco.bianchi", E, Persona::Engineer, 0},

    {"Fatima Zahra El Amrani", "fatima.elamrani", "Engineering/Data", "daniel.okafor", M,
     Persona::EngineeringLead, 0},
    {"Arjun Mehta", "arjun.mehta", "Engineering/Data", "fatima.elamrani", E, Persona::DataEngineer,
     4.5},
    {"Clara Hoffmann", "clara.hoffmann", "Engineering/Data", "fatima.elamrani", E,
     Persona::DataEngineer, 0},
    {"Wei Zhang", "wei.zhang", "Engineering/Data", "fatima.elamrani", E, Persona::DataEngineer, 0},
    {"Nadia Rahman", "nadia.rahman", "Engineering/Data", "fatima.elamrani", E,
     Persona::DataEngineer, 0},
    {"Oliver Grant", "oliver.grant", "Engineering/Data", "fatima.elamrani", E,
     Persona::DataEngineer, 0},
    {"Tariq Hussain", "tariq.hussain", "Engineering/Data", "fatima.elamrani", E,
     Persona::DataEngineer, 0},

    {"Elif Yılmaz", "elif.yilmaz", "Research", "daniel.okafor", M, Persona::Researcher, 0},
    {"Henrik Lund", "henrik.lund", "Research", "elif.yilmaz", E, Persona::Researcher, 5.5},
    {"Aiko Tanaka", "aiko.tanaka", "Research", "elif.yilmaz", E, Persona::Researcher, 0},
    {"Gabriel Dubois", "gabriel.dubois", "Research", "elif.yilmaz", E, Persona::Researcher, 0},
    {"Maya Patel", "maya.patel", "Research", "elif.yilmaz", E, Persona::Researcher, 0},
    {"Samuel Osei", "samuel.osei", "Research", "elif.yilmaz", E, Persona::Researcher, 0},

    {"Rachel Goldberg", "rachel.goldberg", "Product", "helena.marsh", M, Persona::ProductManager,
     0},
    {"Vikram Shah", "vikram.shah", "Product", "rachel.goldberg", E, Persona::ProductManager, 0},
    {"Isabelle Laurent", "isabelle.laurent", "Product", "rachel.goldberg", E,
     Persona::ProductManager, 0},
    {"Connor Murphy", "connor.murphy", "Product", "rachel.goldberg", E, Persona::ProductManager, 0},
    {"Zara Ahmed", "zara.ahmed", "Product", "rachel.goldberg", E, Persona::ProductManager, 0},
    {"Felix Wagner", "felix.wagner", "Product", "rachel.goldberg", E, Persona::ProductManager, 0},

    {"Astrid Nilsson", "astrid.nilsson", "Design", "rachel.goldberg", M, Persona::Designer, 0},
    {"Jules Moreau", "jules.moreau", "Design", "astrid.nilsson", E, Persona::Designer, 0},
    {"Priyanka Iyer", "priyanka.iyer", "Design", "astrid.nilsson", E, Persona::Designer, 0},
    {"Ben Adler", "ben.adler", "Design", "astrid.nilsson", E, Persona::Designer, 0},
    {"Lucía Fernández", "lucia.fernandez", "Design", "astrid.nilsson", E, Persona::Designer, 0},

    {"James O'Brien", "james.obrien", "Sales", "helena.marsh", M, Persona::Sales, 0},
    {"Sophie Brennan", "sophie.brennan", "Sales", "james.obrien", E, Persona::Sales, 0},
    {"Carlos Mendoza", "carlos.mendoza", "Sales", "james.obrien", E, Persona::Sales, 0},
    {"Aisha Bello", "aisha.bello", "Sales", "james.obrien", E, Persona::Sales, 0},
    {"Liam Fitzgerald", "liam.fitzgerald", "Sales", "james.obrien", E, Persona::Sales, 0},
    {"Yuki Sato", "yuki.sato", "Sales", "james.obrien", E, Persona::Sales, 0},
    {"Grace Mwangi", "grace.mwangi", "Sales", "james.obrien", E, Persona::Sales, 0},

    {"Patricia Lopes", "patricia.lopes", "Support", "helena.marsh", M, Persona::Support, 0},
    {"Omar Farouk", "omar.farouk", "Support", "patricia.lopes", E, Persona::Support, 0},
    {"Jessica Nguyen", "jessica.nguyen", "Support", "patricia.lopes", E, Persona::Support, 0},
    {"Mikael Virtanen", "mikael.virtanen", "Support", "patricia.lopes", E, Persona::Support, 0},
    {"Chiara Romano", "chiara.romano", "Support", "patricia.lopes", E, Persona::Support, 0},
    {"Kwame Boateng", "kwame.boateng", "Support", "patricia.lopes", E, Persona::Support, 0},
};

const char *const demoPersonLocalPart = "sam.whitfield";

// The Anthropic workspace / OpenAI project a team's API keys and users work in.
QString workspaceOfTeam(const QString &team)
{
    if (team == u"Platform")
        return QStringLiteral("platform-services");
    if (team == u"Mobile")
        return QStringLiteral("mobile-app");
    if (team == u"Web")
        return QStringLiteral("web-app");
    if (team == u"Data")
        return QStringLiteral("data-pipelines");
    if (team == u"Research")
        return QStringLiteral("research-evals");
    if (team == u"Product" || team == u"Design")
        return QStringLiteral("product-research");
    if (team == u"Sales")
        return QStringLiteral("sales-outreach");
    if (team == u"Support")
        return QStringLiteral("support-triage");
    if (team == u"Operations")
        return QStringLiteral("it-automation");
    return QStringLiteral("Default");
}

QStringList reposOfTeam(const QString &team)
{
    if (team == u"Platform")
        return {QStringLiteral("api-gateway"), QStringLiteral("billing-service"),
                QStringLiteral("infra-terraform"), QStringLiteral("platform-sdk"),
                QStringLiteral("auth-service")};
    if (team == u"Mobile")
        return {QStringLiteral("northwind-ios"), QStringLiteral("northwind-android"),
                QStringLiteral("mobile-shared"), QStringLiteral("api-gateway")};
    if (team == u"Web")
        return {QStringLiteral("web-app"), QStringLiteral("design-system"),
                QStringLiteral("marketing-site"), QStringLiteral("platform-sdk")};
    if (team == u"Data")
        return {QStringLiteral("data-pipelines"), QStringLiteral("warehouse-dbt"),
                QStringLiteral("ml-features"), QStringLiteral("forecasting")};
    if (team == u"Research")
        return {QStringLiteral("eval-harness"), QStringLiteral("rl-experiments"),
                QStringLiteral("tokenizer-lab"), QStringLiteral("long-context-paper")};
    if (team == u"Product")
        return {QStringLiteral("product-specs"), QStringLiteral("prototypes")};
    if (team == u"Design")
        return {QStringLiteral("design-system"), QStringLiteral("figma-plugins")};
    if (team == u"Support")
        return {QStringLiteral("support-macros"), QStringLiteral("kb-articles")};
    if (team == u"Sales")
        return {QStringLiteral("crm-scripts")};
    if (team == u"Operations")
        return {QStringLiteral("it-scripts"), QStringLiteral("okta-automation")};
    return {QStringLiteral("architecture-notes"), QStringLiteral("api-gateway")};
}

// Everything about a person that the directory holds depends on the email only (not the seed),
// so re-running with another seed upserts the same people and identities.
struct Profile
{
    const PersonSpec *spec = nullptr;
    quint64 key = 0; // stable hash of the email
    QString email;
    QString unixUser;
    QString host;
    QString localIdentity; // user@host
    QString openAiUser;
    QString anthropicKey;
    QString openRouterKey;
    QString workspace;
    QStringList projects;
    bool usesClaudeCode = false;
    bool usesCodex = false;
    bool usesLocalModels = false;

    // Seed-dependent habits.
    double intensity = 1.0;
    double claudeCodeShare = 0;
    double codexShare = 0;
    double opusShare = 0.2;
    double openAiIntensity = 0;
    double apiIntensity = 0;
};

Profile makeProfile(const PersonSpec &spec, quint64 seed)
{
    Profile profile;
    profile.spec = &spec;
    const QString localPart = QString::fromUtf8(spec.localPart);
    profile.email = localPart + u'@' + demoDomain;
    profile.key = fnv1a(profile.email.toUtf8());
    const PersonaTraits traits = traitsOf(spec.persona);

    Rng directory(mix({profile.key, 0xD1EC7042ULL}));
    const QString first = localPart.section(u'.', 0, 0);
    const QString last = localPart.section(u'.', 1);
    profile.unixUser = first.left(1) + last;
    const bool onLinux = directory.chance(0.35);
    profile.host = onLinux ? QStringLiteral("nw-ws-%1").arg(directory.between(10, 99))
                           : profile.unixUser + QStringLiteral("-mbp");
    profile.localIdentity = profile.unixUser + u'@' + profile.host;
    const bool isMe = localPart == QLatin1String(demoPersonLocalPart);
    const bool isHeavy = spec.fixedIntensity > 2;
    profile.usesClaudeCode = directory.chance(traits.claudeCode) || isMe || isHeavy;
    profile.usesCodex = directory.chance(traits.codex) || isMe;
    const bool usesOpenAi = directory.chance(traits.openAi) || isMe;
    const bool holdsKey = directory.chance(traits.anthropicKey);
    const bool usesOpenRouter = directory.chance(traits.openRouter);
    profile.usesLocalModels
        = (spec.persona == Persona::Researcher || spec.persona == Persona::DataEngineer)
        && directory.chance(0.4);
    if (usesOpenAi)
        profile.openAiUser = u"user-" + hashedId({profile.key, 1}, 24);
    if (holdsKey)
        profile.anthropicKey = u"apikey_01" + hashedId({profile.key, 2}, 22);
    if (usesOpenRouter) {
        profile.openRouterKey
            = QStringLiteral("%1").arg(mix({profile.key, 3}), 16, 16, QLatin1Char('0'));
    }
    const QString team = QString::fromUtf8(spec.team).section(u'/', -1);
    profile.workspace = workspaceOfTeam(team);
    const QString home = (onLinux ? QStringLiteral("/home/") : QStringLiteral("/Users/"))
        + profile.unixUser + QStringLiteral("/src/");
    QStringList repos = reposOfTeam(team);
    const qsizetype keep = std::min<qsizetype>(repos.size(), directory.between(2, 4));
    for (qsizetype i = 0; i < keep; ++i) {
        const qsizetype index = directory.between(0, repos.size() - 1);
        profile.projects.append(home + repos.takeAt(index));
    }

    Rng habits(mix({seed, profile.key, 0x4AB175ULL}));
    profile.intensity = spec.fixedIntensity > 0
        ? spec.fixedIntensity
        : std::clamp(habits.logNormal(1.0, 0.5), 0.3, 2.0) * traits.intensity;
    if (profile.usesClaudeCode && profile.usesCodex) {
        profile.claudeCodeShare = 0.55 + 0.35 * habits.uniform();
        profile.codexShare = 1.15 - profile.claudeCodeShare;
    } else {
        profile.claudeCodeShare = profile.usesClaudeCode ? 1.0 : 0.0;
        profile.codexShare = profile.usesCodex ? 1.0 : 0.0;
    }
    profile.opusShare = isHeavy ? 0.65 : 0.1 + 0.4 * habits.uniform();
    profile.openAiIntensity = habits.logNormal(1.0, 0.6) * traits.openAiIntensity;
    profile.apiIntensity = habits.logNormal(1.0, 0.7);
    return profile;
}

QByteArray peopleCsv(const QList<Profile> &profiles)
{
    QStringList lines = {QStringLiteral("email,name,team,manager,role,identities")};
    for (const Profile &profile : profiles) {
        QStringList identities;
        if (profile.usesClaudeCode || profile.usesCodex)
            identities.append(u"local:" + profile.localIdentity);
        if (!profile.openAiUser.isEmpty())
            identities.append(u"openai-user:" + profile.openAiUser);
        if (!profile.anthropicKey.isEmpty())
            identities.append(u"anthropic-key:" + profile.anthropicKey);
        if (!profile.openRouterKey.isEmpty())
            identities.append(u"openrouter-key:" + profile.openRouterKey);
        const QString manager = *profile.spec->manager
            ? QString::fromUtf8(profile.spec->manager) + u'@' + demoDomain
            : QString();
        lines.append(Csv::joinRecord({profile.email, QString::fromUtf8(profile.spec->name),
                                      QString::fromUtf8(profile.spec->team), manager,
                                      roleName(profile.spec->role), identities.join(u';')}));
    }
    return lines.join(u'\n').toUtf8() + '\n';
}

// ---------------------------------------------------------------------------------------------
// Usage.

enum class SourceTag : quint64 { Anthropic = 1, OpenAi, ClaudeCode, Codex, OpenRouter };

struct ModelWeight
{
    const char *model;
    double weight;
};

const ModelWeight openAiModels[]
    = {{"gpt-5-mini", 0.45}, {"gpt-5", 0.3}, {"gpt-4.1", 0.12}, {"gpt-5-nano", 0.08}, {"o3", 0.05}};
const ModelWeight codexModels[]
    = {{"gpt-5.1-codex", 0.55}, {"gpt-5-codex", 0.15}, {"gpt-5", 0.2}, {"gpt-5-mini", 0.1}};
const ModelWeight localModels[]
    = {{"northwind-internal-7b", 0.6}, {"llama-3.3-70b-instruct-local", 0.4}};
const ModelWeight anthropicApiModels[] = {{"claude-sonnet-4-5-20250929", 0.55},
                                          {"claude-haiku-4-5-20251001", 0.35},
                                          {"claude-opus-4-5-20251101", 0.1}};
const ModelWeight openRouterModels[] = {{"anthropic/claude-sonnet-4.5", 0.35},
                                        {"google/gemini-2.5-pro", 0.3},
                                        {"google/gemini-2.5-flash", 0.15},
                                        {"meta-llama/llama-3.3-70b-instruct", 0.2}};
QString pickModel(Rng &rng, std::span<const ModelWeight> models)
{
    double total = 0;
    for (const ModelWeight &entry : models)
        total += entry.weight;
    double draw = rng.uniform() * total;
    for (const ModelWeight &entry : models) {
        draw -= entry.weight;
        if (draw < 0)
            return QString::fromUtf8(entry.model);
    }
    return QString::fromUtf8(models.back().model);
}

const QString sonnet = QStringLiteral("claude-sonnet-4-5-20250929");
const QString opus = QStringLiteral("claude-opus-4-5-20251101");
const QString haiku = QStringLiteral("claude-haiku-4-5-20251001");

// OpenAI's reasoning models report reasoning tokens (inside output); the others none.
bool isReasoningModel(const QString &model)
{
    return model.startsWith(u"gpt-5") || model.startsWith(u"o3");
}

// Monday–Friday full, a little on weekends (~15 %), Fridays somewhat quieter.
double weekdayFactor(const QDate &date)
{
    static const double factors[] = {0.95, 1.05, 1.05, 1.0, 0.8, 0.17, 0.13};
    return factors[date.dayOfWeek() - 1];
}

class Generator
{
public:
    Generator(Ledger &ledger, const PriceBook &prices, const DemoOptions &options,
              const QList<Profile> &profiles, qint64 nowMs)
        : m_ledger(ledger)
        , m_prices(prices)
        , m_options(options)
        , m_nowMs(nowMs)
        , m_profiles(profiles)
        , m_zone(ledger.reportingTimeZone())
    { }

    Status run(SourceTag tag, qint64 sourceId);

private:
    struct Day
    {
        QDate date;
        qint64 number = 0;
        qint64 startMs = 0;
        qint64 endMs = 0;
    };

    // Queues a record; false once a write failed (m_status says why).
    bool add(UsageRecord record);
    Status flush();
    void addBucket(UsageRecord record, qint64 requests, const TokenCounts &perRequest);

    bool isAbsent(const Profile &profile, const Day &day) const;
    double activity(const Profile &profile, const Day &day) const;
    Rng rngFor(SourceTag tag, const Profile &profile, const Day &day) const
    {
        return Rng(mix({m_options.seed, quint64(tag), profile.key, quint64(day.number)}));
    }

    void claudeCode(const Profile &profile, const Day &day);
    void codex(const Profile &profile, const Day &day);
    void openAi(const Profile &profile, const Day &day);
    void anthropic(const Profile &profile, const Day &day);
    void openRouter(const Profile &profile, const Day &day);
    void unattributed(SourceTag tag, const Day &day);

    Ledger &m_ledger;
    const PriceBook &m_prices;
    const DemoOptions &m_options;
    qint64 m_nowMs = 0; // nothing is generated after this instant: a demo has no future usage
    const QList<Profile> &m_profiles;
    QTimeZone m_zone;
    qint64 m_sourceId = 0;
    QList<UsageRecord> m_batch;
    Status m_status = ok();
};

Status Generator::run(SourceTag tag, qint64 sourceId)
{
    m_sourceId = sourceId;
    m_batch.reserve(writeBatch);
    const QDate first = m_options.endDate.addDays(1 - m_options.days);
    for (QDate date = first; date <= m_options.endDate && m_status; date = date.addDays(1)) {
        Day day;
        day.date = date;
        day.number = Calendar::dayNumber(date);
        day.startMs = Calendar::startOfLocalDayMs(date, m_zone);
        day.endMs = Calendar::startOfLocalDayMs(date.addDays(1), m_zone);
        for (const Profile &profile : m_profiles) {
            switch (tag) {
            case SourceTag::ClaudeCode:
                claudeCode(profile, day);
                break;
            case SourceTag::Codex:
                codex(profile, day);
                break;
            case SourceTag::OpenAi:
                openAi(profile, day);
                break;
            case SourceTag::Anthropic:
                anthropic(profile, day);
                break;
            case SourceTag::OpenRouter:
                openRouter(profile, day);
                break;
            }
        }
        unattributed(tag, day);
    }
    if (!m_status)
        return m_status;
    return flush();
}

bool Generator::add(UsageRecord record)
{
    if (!m_status)
        return false;
    if (record.startMs > m_nowMs)
        return true;
    m_batch.append(std::move(record));
    if (m_batch.size() >= writeBatch)
        m_status = flush();
    return m_status.hasValue();
}

Status Generator::flush()
{
    if (m_batch.isEmpty())
        return ok();
    Result<UsageWriteStats> written = m_ledger.writeUsage(m_sourceId, m_batch);
    m_batch.clear();
    if (!written)
        return written.error();
    return ok();
}

// A provider bucket sums many requests, but long-context tiers apply per request: price one
// average request and scale it, so a busy day is not billed as one giant prompt.
void Generator::addBucket(UsageRecord record, qint64 requests, const TokenCounts &perRequest)
{
    record.tokens = perRequest;
    record.requests = 1;
    m_prices.applyEstimate(record);
    record.requests = requests;
    record.costMicros *= requests;
    record.tokens.input *= requests;
    record.tokens.cacheWrite5m *= requests;
    record.tokens.cacheWrite1h *= requests;
    record.tokens.cacheRead *= requests;
    record.tokens.output *= requests;
    record.tokens.reasoning *= requests;
    add(std::move(record));
}

bool Generator::isAbsent(const Profile &profile, const Day &day) const
{
    // A week of holiday now and then, and the odd day off.
    const qint64 week = (day.number + 3) / 7; // day 0 was a Thursday: weeks start on Mondays
    Rng holiday(mix({m_options.seed, profile.key, 0x401DA7ULL, quint64(week)}));
    if (holiday.chance(0.06))
        return true;
    Rng dayOff(mix({m_options.seed, profile.key, 0x0FFULL, quint64(day.number)}));
    return dayOff.chance(0.03);
}

double Generator::activity(const Profile &profile, const Day &day) const
{
    Rng rng(mix({m_options.seed, profile.key, 0xDA7ULL, quint64(day.number)}));
    return weekdayFactor(day.date) * rng.logNormal(1.0, 0.35);
}

void Generator::claudeCode(const Profile &profile, const Day &day)
{
    if (!profile.usesClaudeCode || isAbsent(profile, day))
        return;
    Rng rng = rngFor(SourceTag::ClaudeCode, profile, day);
    const bool weekend = day.date.dayOfWeek() > 5;
    const int sessions
        = rng.poisson(3.2 * profile.intensity * profile.claudeCodeShare * activity(profile, day));
    for (int s = 0; s < sessions; ++s) {
        const qint64 startMinute
            = weekend ? rng.between(10 * 60, 21 * 60) : rng.between(8 * 60 + 30, 18 * 60);
        qint64 at = day.startMs + startMinute * msPerMinute + rng.between(0, 59'999);
        const QString &model = rng.chance(profile.opusShare) ? opus : sonnet;
        const QString project = profile.projects[rng.between(0, profile.projects.size() - 1)];
        const QString session = hashedUuid(
            {quint64(SourceTag::ClaudeCode), profile.key, quint64(day.number), quint64(s)});
        const int turns = rng.geometric(18, 160);
        qint64 context = rng.between(18'000, 34'000); // system prompt, tools, CLAUDE.md
        for (int turn = 0; turn < turns && at < day.endMs - msPerMinute; ++turn) {
            const bool background = rng.chance(0.08); // titles, summaries: a small Haiku call
            UsageRecord record;
            record.externalKey = u"msg_01"
                + hashedId({quint64(SourceTag::ClaudeCode), profile.key, quint64(day.number),
                            quint64(s), quint64(turn)},
                           22);
            record.identityKind = QStringLiteral("email");
            record.identityValue = profile.email;
            record.deviceKey = profile.host;
            record.provider = QStringLiteral("anthropic");
            record.project = project;
            record.session = session;
            if (background) {
                record.model = haiku;
                record.tokens.input = rng.between(300, 4'000);
                record.tokens.output = rng.between(5, 150);
            } else {
                const qint64 fresh = rng.logNormalClamped(3'400, 0.9, 40, 60'000);
                qint64 output = rng.logNormalClamped(380, 1.0, 8, 16'000);
                const bool compacting = context > 165'000;
                if (compacting)
                    output = rng.between(2'000, 6'000);
                record.model = model;
                record.tokens.input = rng.between(2, 40);
                record.tokens.cacheRead = context;
                record.tokens.cacheWrite5m = fresh;
                record.tokens.output = output;
                context = compacting ? rng.between(25'000, 40'000) : context + fresh + output;
            }
            const qint64 durationMs
                = record.tokens.output * 1000 / rng.between(40, 90) + rng.between(800, 4'000);
            record.startMs = at;
            record.endMs = std::min(at + durationMs, day.endMs - 1);
            m_prices.applyEstimate(record);
            if (!add(std::move(record)))
                return;
            at += durationMs + rng.logNormalClamped(25'000, 0.9, 2'000, 10 * msPerMinute);
        }
    }
}

void Generator::codex(const Profile &profile, const Day &day)
{
    if (!profile.usesCodex || isAbsent(profile, day))
        return;
    Rng rng = rngFor(SourceTag::Codex, profile, day);
    const bool weekend = day.date.dayOfWeek() > 5;
    const int sessions
        = rng.poisson(2.0 * profile.intensity * profile.codexShare * activity(profile, day));
    for (int s = 0; s < sessions; ++s) {
        const qint64 startMinute
            = weekend ? rng.between(10 * 60, 21 * 60) : rng.between(8 * 60 + 30, 18 * 60);
        qint64 at = day.startMs + startMinute * msPerMinute + rng.between(0, 59'999);
        const bool local = profile.usesLocalModels && rng.chance(0.35);
        const QString model = local ? pickModel(rng, localModels) : pickModel(rng, codexModels);
        const QString project = profile.projects[rng.between(0, profile.projects.size() - 1)];
        const QString session
            = hashedUuid({quint64(SourceTag::Codex), profile.key, quint64(day.number), quint64(s)});
        const int turns = rng.geometric(12, 120);
        qint64 context = rng.between(12'000, 22'000);
        for (int turn = 0; turn < turns && at < day.endMs - msPerMinute; ++turn) {
            UsageRecord record;
            record.externalKey = session + u':' + QString::number(turn);
            record.identityKind = QStringLiteral("local");
            record.identityValue = profile.localIdentity;
            record.deviceKey = profile.host;
            record.provider = local ? QStringLiteral("northwind") : QStringLiteral("openai");
            record.model = model;
            record.project = project;
            record.session = session;
            const qint64 fresh = rng.logNormalClamped(3'000, 0.8, 50, 80'000);
            const qint64 output = rng.logNormalClamped(800, 0.9, 10, 20'000);
            record.tokens.input = fresh;
            record.tokens.cacheRead = context;
            record.tokens.output = output;
            if (isReasoningModel(model))
                record.tokens.reasoning = output * rng.between(35, 75) / 100;
            context = context > 200'000 ? rng.between(20'000, 30'000) : context + fresh + output;
            const qint64 durationMs
                = output * 1000 / rng.between(50, 120) + rng.between(1'000, 6'000);
            record.startMs = at;
            record.endMs = std::min(at + durationMs, day.endMs - 1);
            m_prices.applyEstimate(record);
            if (!add(std::move(record)))
                return;
            at += durationMs + rng.logNormalClamped(40'000, 0.9, 3'000, 15 * msPerMinute);
        }
    }
}

void Generator::openAi(const Profile &profile, const Day &day)
{
    if (profile.openAiUser.isEmpty() || isAbsent(profile, day))
        return;
    Rng rng = rngFor(SourceTag::OpenAi, profile, day);
    const double expected = 45.0 * profile.openAiIntensity * activity(profile, day);
    for (const ModelWeight &entry : openAiModels) {
        const qint64 requests = rng.poisson(expected * entry.weight);
        if (requests == 0)
            continue;
        const QString model = QString::fromUtf8(entry.model);
        UsageRecord record;
        record.externalKey = Calendar::dayKey(day.date) + u'|' + profile.openAiUser + u'|' + model
            + u'|' + profile.workspace;
        record.startMs = day.startMs;
        record.endMs = day.endMs;
        record.identityKind = QStringLiteral("openai-user");
        record.identityValue = profile.openAiUser;
        record.provider = QStringLiteral("openai");
        record.model = model;
        record.project = profile.workspace;
        TokenCounts perRequest;
        const qint64 prompt = rng.logNormalClamped(2'400, 0.6, 50, 100'000);
        perRequest.cacheRead = prompt * rng.between(0, 50) / 100;
        perRequest.input = prompt - perRequest.cacheRead;
        perRequest.output = rng.logNormalClamped(450, 0.6, 5, 30'000);
        if (isReasoningModel(model))
            perRequest.reasoning = perRequest.output * rng.between(30, 70) / 100;
        addBucket(std::move(record), requests, perRequest);
    }
}

void Generator::anthropic(const Profile &profile, const Day &day)
{
    if (profile.anthropicKey.isEmpty())
        return;
    Rng rng = rngFor(SourceTag::Anthropic, profile, day);
    // Keys serve scripts and services too, so they keep going at weekends and on holidays.
    const bool weekend = day.date.dayOfWeek() > 5;
    double expected
        = 90.0 * profile.apiIntensity * (weekend ? 0.35 : 1.0) * rng.logNormal(1.0, 0.4);
    if (isAbsent(profile, day))
        expected *= 0.5;
    for (const ModelWeight &entry : anthropicApiModels) {
        const qint64 requests = rng.poisson(expected * entry.weight);
        if (requests == 0)
            continue;
        const QString model = QString::fromUtf8(entry.model);
        UsageRecord record;
        record.externalKey = Calendar::dayKey(day.date) + u'|' + profile.anthropicKey + u'|' + model
            + u'|' + profile.workspace;
        record.startMs = day.startMs;
        record.endMs = day.endMs;
        record.identityKind = QStringLiteral("anthropic-key");
        record.identityValue = profile.anthropicKey;
        record.provider = QStringLiteral("anthropic");
        record.model = model;
        record.project = profile.workspace;
        TokenCounts perRequest;
        perRequest.input = rng.logNormalClamped(2'200, 0.6, 20, 150'000);
        if (rng.chance(0.6)) { // prompt caching on
            perRequest.cacheRead = rng.logNormalClamped(6'000, 0.8, 0, 150'000);
            perRequest.cacheWrite5m = perRequest.cacheRead / rng.between(8, 30);
        }
        perRequest.output = rng.logNormalClamped(380, 0.6, 1, 30'000);
        addBucket(std::move(record), requests, perRequest);
    }
}

void Generator::openRouter(const Profile &profile, const Day &day)
{
    if (profile.openRouterKey.isEmpty() || isAbsent(profile, day))
        return;
    Rng rng = rngFor(SourceTag::OpenRouter, profile, day);
    const double expected = 14.0 * profile.intensity * activity(profile, day);
    for (const ModelWeight &entry : openRouterModels) {
        const qint64 requests = rng.poisson(expected * entry.weight);
        if (requests == 0)
            continue;
        const QString model = QString::fromUtf8(entry.model);
        UsageRecord record;
        record.externalKey
            = Calendar::dayKey(day.date) + u'|' + profile.openRouterKey + u'|' + model;
        record.startMs = day.startMs;
        record.endMs = day.endMs;
        record.identityKind = QStringLiteral("openrouter-key");
        record.identityValue = profile.openRouterKey;
        record.provider = model.section(u'/', 0, 0);
        record.model = model;
        TokenCounts perRequest;
        perRequest.input = rng.logNormalClamped(3'000, 0.7, 20, 150'000);
        perRequest.output = rng.logNormalClamped(600, 0.7, 1, 30'000);
        if (model.contains(u"gemini-2.5-pro"))
            perRequest.reasoning = perRequest.output * rng.between(20, 60) / 100;
        addBucket(std::move(record), requests, perRequest);
    }
}

// A contractor's OpenAI user and a CI key that nobody has mapped yet: the People page lists them.
void Generator::unattributed(SourceTag tag, const Day &day)
{
    if (tag != SourceTag::OpenAi && tag != SourceTag::Anthropic)
        return;
    Rng rng(mix({m_options.seed, quint64(tag), 0x0DD0BEEFULL, quint64(day.number)}));
    const bool weekend = day.date.dayOfWeek() > 5;
    UsageRecord record;
    record.startMs = day.startMs;
    record.endMs = day.endMs;
    TokenCounts perRequest;
    qint64 requests = 0;
    if (tag == SourceTag::OpenAi) {
        if (weekend || !rng.chance(0.5))
            return;
        record.identityKind = QStringLiteral("openai-user");
        record.identityValue = QStringLiteral("user-unk42Vb7QnRZtLx0mWcPs9eA");
        record.provider = QStringLiteral("openai");
        record.model = QStringLiteral("gpt-5-mini");
        record.project = QStringLiteral("Default project");
        requests = rng.poisson(14);
        perRequest.input = rng.between(400, 2'500);
        perRequest.output = rng.between(100, 900);
        perRequest.reasoning = perRequest.output / 2;
    } else {
        if (!rng.chance(0.85))
            return;
        record.identityKind = QStringLiteral("anthropic-key");
        record.identityValue = QStringLiteral("apikey_01CiNightlyBuild7KfQ2xM");
        record.provider = QStringLiteral("anthropic");
        record.model = haiku;
        record.project = QStringLiteral("ci");
        requests = rng.poisson(weekend ? 12 : 45);
        perRequest.input = rng.between(1'500, 6'000);
        perRequest.output = rng.between(50, 400);
    }
    if (requests == 0)
        return;
    record.externalKey = Calendar::dayKey(day.date) + u'|' + record.identityValue + u'|'
        + record.model + u'|' + record.project;
    addBucket(std::move(record), requests, perRequest);
}

// ---------------------------------------------------------------------------------------------
// Budgets, set relative to the spend just generated so they look lived-in for any end date.

struct Spend
{
    qint64 micros = 0;
    qint64 tokens = 0;
};

Result<Spend> spendOf(Ledger &ledger, const QDate &since, const QDate &until,
                      const QString &team = {}, const QString &person = {})
{
    ReportRequest request;
    request.since = since;
    request.until = until;
    request.teamName = team;
    request.personEmail = person;
    Result<Report> report = ReportQuery(ledger).run(request);
    if (!report)
        return report.error();
    return Spend {report->totals.costMicros, report->totals.tokens.total()};
}

// A limit as a person would type it: two significant figures-ish, never zero.
qint64 roundedLimit(qint64 micros)
{
    const qint64 dollars = micros / Money::microsPerDollar;
    const qint64 step = dollars < 200 ? 10 : dollars < 2'000 ? 50 : dollars < 20'000 ? 100 : 500;
    const qint64 stepMicros = step * Money::microsPerDollar;
    return std::max(stepMicros, Money::divideRounded(micros, stepMicros) * stepMicros);
}

qint64 roundedTokens(qint64 tokens)
{
    qint64 step = 1'000'000;
    while (tokens / step >= 100)
        step *= 10;
    return std::max(step, Money::divideRounded(tokens, step) * step);
}

qint64 scaled(qint64 value, double factor)
{
    return qint64(std::llround(double(value) * factor));
}

// The alert history the budgets would have: the alert engine run each evening of the last five
// weeks, as the app would have run it, and once more now. Each budget × period × threshold fires
// once, so running the demo again adds nothing.
Status replayAlerts(Ledger &ledger, const DemoOptions &options, qint64 nowMs)
{
    const QTimeZone zone = ledger.reportingTimeZone();
    for (int daysBack = 35; daysBack >= 0; --daysBack) {
        const QDate day = options.endDate.addDays(-daysBack);
        const qint64 evening = QDateTime(day, QTime(18, 0), zone).toMSecsSinceEpoch();
        Result<AlertEngine::RunResult> run = AlertEngine(ledger).run(std::min(evening, nowMs));
        if (!run)
            return run.error();
    }
    return ok();
}

Status addBudgets(Ledger &ledger, const DemoOptions &options, qint64 nowMs)
{
    BudgetStore store(ledger);
    Result<QList<Budget>> existing = store.budgets();
    if (!existing)
        return existing.error();
    const QDate until = options.endDate;
    const QDate monthStart(until.year(), until.month(), 1);
    const QDate runRateStart = until.addDays(-29);
    const QString zone = QString::fromUtf8(ledger.reportingTimeZone().id());

    auto add = [&](BudgetScope scope, const QString &name, std::optional<qint64> micros,
                   std::optional<qint64> tokens) -> Status {
        Budget budget;
        budget.scope = scope;
        budget.scopeName = name;
        budget.period = BudgetPeriod::Month;
        budget.timeZone = zone;
        budget.limitMicros = micros;
        budget.limitTokens = tokens;
        // Re-running the demo keeps the budgets it made the first time.
        for (const Budget &present : std::as_const(*existing)) {
            if (present.scopeLabel().compare(budget.scopeLabel(), Qt::CaseInsensitive) == 0
                && present.period == budget.period
                && present.limitTokens.has_value() == budget.limitTokens.has_value())
                return ok();
        }
        Result<qint64> id = store.add(budget, nowMs);
        if (!id)
            return id.error();
        return ok();
    };

    // Month-to-date and the last 30 days (the run rate) of a scope.
    struct Figures
    {
        Spend monthToDate;
        Spend runRate;
    };
    auto figures = [&](const QString &team, const QString &person) -> Result<Figures> {
        Result<Spend> month = spendOf(ledger, monthStart, until, team, person);
        if (!month)
            return month.error();
        Result<Spend> recent = spendOf(ledger, runRateStart, until, team, person);
        if (!recent)
            return recent.error();
        return Figures {*month, *recent};
    };

    Result<Figures> org = figures({}, {});
    if (!org)
        return org.error();
    const double daysInMonth = until.daysInMonth();
    const qint64 projected = scaled(org->monthToDate.micros, daysInMonth / until.day());
    if (Status added
        = add(BudgetScope::Organisation, {},
              roundedLimit(scaled(std::max(projected, org->runRate.micros), 1.2)), std::nullopt);
        !added)
        return added;

    // Every team a comfortable limit, except Data (close to it) and Research (over it).
    const QStringList teams
        = {QStringLiteral("Engineering"), QStringLiteral("Platform"),  QStringLiteral("Mobile"),
           QStringLiteral("Web"),         QStringLiteral("Data"),      QStringLiteral("Research"),
           QStringLiteral("Product"),     QStringLiteral("Design"),    QStringLiteral("Sales"),
           QStringLiteral("Support"),     QStringLiteral("Operations")};
    for (const QString &team : teams) {
        Result<Figures> spent = figures(team, {});
        if (!spent)
            return spent.error();
        qint64 limit = scaled(spent->runRate.micros, 1.35);
        if (team == u"Data")
            limit = std::max(scaled(spent->monthToDate.micros, 1 / 0.9),
                             scaled(spent->runRate.micros, 0.8));
        else if (team == u"Research")
            limit = std::max(scaled(spent->monthToDate.micros, 1 / 1.06),
                             scaled(spent->runRate.micros, 0.6));
        if (Status added = add(BudgetScope::Team, team, roundedLimit(limit), std::nullopt); !added)
            return added;
        if (team == u"Support") {
            // Support's assistant is metered in tokens.
            if (Status added = add(BudgetScope::Team, team, std::nullopt,
                                   roundedTokens(scaled(spent->runRate.tokens, 1.3)));
                !added)
                return added;
        }
    }

    const QList<std::pair<QString, double>> personal = {
        {DemoOrganisation::demoPersonEmail(), 1.5},
        {u"jonas.becker@" + demoDomain, 0},
        {u"connor.murphy@" + demoDomain, 2.0},
    };
    for (const auto &[email, factor] : personal) {
        Result<Figures> spent = figures({}, email);
        if (!spent)
            return spent.error();
        // factor 0: a heavy user who has just gone over their own limit.
        const qint64 limit = factor > 0 ? scaled(spent->runRate.micros, factor)
                                        : std::max(scaled(spent->monthToDate.micros, 1 / 1.04),
                                                   scaled(spent->runRate.micros, 0.75));
        if (Status added = add(BudgetScope::Person, email, roundedLimit(limit), std::nullopt);
            !added)
            return added;
    }
    return ok();
}

// What the provider accounts billed: the cost report of OpenAI and Anthropic as ProviderSource
// stores it, one bucket per UTC day and model for the last 30 days before the end date (the
// report lags a day, so the end date itself has none). Each day is the estimate of that source's
// usage a few percent off (-4 % to +6 %), as real invoices drift from list-price estimates.
Status addBilledCosts(Ledger &ledger, qint64 sourceId, SourceTag tag, const DemoOptions &options)
{
    constexpr int coveredDays = 30;
    SqliteDatabase &db = ledger.database();
    const QDate first = options.endDate.addDays(-coveredDays);
    const QDate last = options.endDate.addDays(-1);
    Result<SqliteStatement> estimates = db.prepare(QStringLiteral(
        "SELECT t.day, m.name, sum(t.cost_micros - t.billed_micros) FROM daily_totals t "
        "JOIN models m ON m.id = t.model_id WHERE t.source_id = ?1 AND t.day BETWEEN ?2 AND ?3 "
        "GROUP BY t.day, m.name HAVING sum(t.cost_micros - t.billed_micros) > 0"));
    if (!estimates)
        return estimates.error();
    estimates->bind(1, sourceId)
        .bind(2, Calendar::dayNumber(first))
        .bind(3, Calendar::dayNumber(last));
    Result<SqliteStatement> insert = db.prepare(QStringLiteral(
        "INSERT INTO billed_costs (source_id, external_key, start_ms, end_ms, line_item, model, "
        "amount_micros, currency) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'usd') "
        "ON CONFLICT (source_id, external_key) DO UPDATE SET amount_micros = "
        "excluded.amount_micros"));
    if (!insert)
        return insert.error();
    for (;;) {
        const SqliteStatement::StepResult step = estimates->step();
        if (step == SqliteStatement::StepResult::Failed)
            return estimates->lastError();
        if (step == SqliteStatement::StepResult::Done)
            return ok();
        const qint64 day = estimates->int64(0);
        const QString model = estimates->text(1);
        const qint64 estimate = estimates->int64(2);
        // Parts per million of the estimate, the same for every model of the day.
        const qint64 factorPpm
            = 960'000 + qint64(mix({options.seed, quint64(tag), quint64(day)}) % 100'001);
        const qint64 startMs
            = Calendar::startOfLocalDayMs(Calendar::dateOfDayNumber(day), QTimeZone::utc());
        if (Status saved
            = insert->bind(1, sourceId)
                  .bind(2, QString(Calendar::dayKey(Calendar::dateOfDayNumber(day)) + u'|' + model))
                  .bind(3, startMs)
                  .bind(4, startMs + 86'400'000)
                  .bind(5, QString(model + QStringLiteral(", usage")))
                  .bind(6, model)
                  .bind(7, Money::divideRounded(estimate * factorPpm, 1'000'000))
                  .execute();
            !saved)
            return saved;
    }
}

} // namespace

namespace DemoOrganisation {

QString demoPersonEmail()
{
    return QString::fromUtf8(demoPersonLocalPart) + u'@' + demoDomain;
}

Status populate(Ledger &ledger, const DemoOptions &options, qint64 nowMs)
{
    if (!options.endDate.isValid())
        return Error {ErrorCode::InvalidArgument, QStringLiteral("the demo needs an end date")};
    if (options.days < 1 || options.days > 3660)
        return Error {ErrorCode::InvalidArgument,
                      QStringLiteral("the demo spans 1 to 3660 days, not %1").arg(options.days)};

    // All or nothing: the people import and the usage writes join this transaction.
    SqliteTransaction transaction(ledger.database());
    if (!transaction.beginStatus())
        return transaction.beginStatus();

    QList<Profile> profiles;
    for (const PersonSpec &spec : people)
        profiles.append(makeProfile(spec, options.seed));
    Result<PeopleImportStats> imported = PeopleDirectory(ledger).importCsv(peopleCsv(profiles));
    if (!imported)
        return imported.error();

    Result<PriceBook> prices = PriceBook::load(ledger, nowMs);
    if (!prices)
        return prices.error();

    const std::pair<SourceTag, QString> sources[] = {
        {SourceTag::Anthropic, QStringLiteral("anthropic")},
        {SourceTag::OpenAi, QStringLiteral("openai")},
        {SourceTag::ClaudeCode, QStringLiteral("claude-code")},
        {SourceTag::Codex, QStringLiteral("codex")},
        {SourceTag::OpenRouter, QStringLiteral("openrouter")},
    };
    Generator generator(ledger, *prices, options, profiles, nowMs);
    for (const auto &[tag, name] : sources) {
        Result<qint64> sourceId = ledger.ensureSource(name, name);
        if (!sourceId)
            return sourceId.error();
        if (Status written = generator.run(tag, *sourceId); !written)
            return written;
        if (tag == SourceTag::OpenAi || tag == SourceTag::Anthropic) {
            if (Status billed = addBilledCosts(ledger, *sourceId, tag, options); !billed)
                return billed;
        }
    }

    if (Status stored
        = ledger.setSetting(QStringLiteral("org_name"), QStringLiteral("Northwind Labs"));
        !stored)
        return stored;
    if (Status stored = ledger.setSetting(QStringLiteral("me_email"), demoPersonEmail()); !stored)
        return stored;
    if (Status added = addBudgets(ledger, options, nowMs); !added)
        return added;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    return replayAlerts(ledger, options, nowMs);
}

} // namespace DemoOrganisation
