#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

// A parsed Prometheus text exposition (format 0.0.4, what llama.cpp, vLLM and every
// prometheus_client serve on /metrics).
//
// The parser is strict: a line that does not follow the format is reported with its number and
// left out, never guessed at; the other lines are still parsed, so the caller decides whether
// one bad line spoils the whole scrape. It never crashes on any input.
class PrometheusText
{
public:
    struct Sample
    {
        QString name;
        QList<std::pair<QString, QString>> labels; // in text order, values unescaped
        double value = 0;
        std::optional<qint64> timestampMs;

        // The value of a label, or an empty string when the sample has no such label.
        QString label(QStringView labelName) const;

        friend bool operator==(const Sample &, const Sample &) = default;
    };

    struct LineError
    {
        int line = 0; // 1-based
        QString detail;

        friend bool operator==(const LineError &, const LineError &) = default;
    };

    static PrometheusText parse(QByteArrayView text);

    const QList<Sample> &samples() const { return m_samples; }
    const QList<LineError> &errors() const { return m_errors; }
    bool hasErrors() const { return !m_errors.isEmpty(); }
    // "line 3: unterminated label value; line 9: ...", the first few errors for a log or a status.
    QString errorSummary(int maxErrors = 3) const;

    // What the "# TYPE" line says of a metric family ("counter", "gauge", "histogram", "summary",
    // "untyped"), or an empty string when there was none.
    QString type(const QString &family) const { return m_types.value(family); }
    QString help(const QString &family) const { return m_help.value(family); }

private:
    void parseLine(QByteArrayView line, int lineNumber);
    void parseComment(QByteArrayView line, int lineNumber);
    void parseSample(QByteArrayView line, int lineNumber);
    void addError(int lineNumber, QString detail);

    QList<Sample> m_samples;
    QList<LineError> m_errors;
    QHash<QString, QString> m_types;
    QHash<QString, QString> m_help;
};
