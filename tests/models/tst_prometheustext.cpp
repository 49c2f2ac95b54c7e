#include "sources/meters/prometheustext.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

using Sample = PrometheusText::Sample;
using Samples = QList<Sample>;
using Lines = QList<int>;
using Labels = QList<std::pair<QString, QString>>;

Q_DECLARE_METATYPE(Sample)

namespace {

Sample sample(const QString &name, Labels labels, double value,
              std::optional<qint64> timestampMs = std::nullopt)
{
    return Sample {name, std::move(labels), value, timestampMs};
}

Lines errorLines(const PrometheusText &text)
{
    Lines lines;
    for (const PrometheusText::LineError &error : text.errors())
        lines.append(error.line);
    return lines;
}

// What `llama-server --metrics` serves (llama.cpp b6xxx), idle after a few requests.
const QByteArray llamaCppExposition
    = R"(# HELP llamacpp:prompt_tokens_total Number of prompt tokens processed.
# TYPE llamacpp:prompt_tokens_total counter
llamacpp:prompt_tokens_total 33065
# HELP llamacpp:prompt_seconds_total Prompt process time
# TYPE llamacpp:prompt_seconds_total counter
llamacpp:prompt_seconds_total 235.743
# HELP llamacpp:tokens_predicted_total Number of generation tokens processed.
# TYPE llamacpp:tokens_predicted_total counter
llamacpp:tokens_predicted_total 7801
# HELP llamacpp:tokens_predicted_seconds_total Predict process time
# TYPE llamacpp:tokens_predicted_seconds_total counter
llamacpp:tokens_predicted_seconds_total 301.202
# HELP llamacpp:n_decode_total Total number of llama_decode() calls
# TYPE llamacpp:n_decode_total counter
llamacpp:n_decode_total 7823
# HELP llamacpp:n_busy_slots_per_decode Average number of busy slots per llama_decode() call
# TYPE llamacpp:n_busy_slots_per_decode counter
llamacpp:n_busy_slots_per_decode 1
# HELP llamacpp:prompt_tokens_seconds Average prompt throughput in tokens/s.
# TYPE llamacpp:prompt_tokens_seconds gauge
llamacpp:prompt_tokens_seconds 140.26
# HELP llamacpp:predicted_tokens_seconds Average generation throughput in tokens/s.
# TYPE llamacpp:predicted_tokens_seconds gauge
llamacpp:predicted_tokens_seconds 25.9
# HELP llamacpp:requests_processing Number of requests processing.
# TYPE llamacpp:requests_processing gauge
llamacpp:requests_processing 0
# HELP llamacpp:requests_deferred Number of requests deferred.
# TYPE llamacpp:requests_deferred gauge
llamacpp:requests_deferred 0
)"_ba;

// What vLLM (V1 engine, prometheus_client) serves, shortened: process metrics, counters with
// their _created gauges, and a histogram.
const QByteArray vllmExposition
    = R"(# HELP python_gc_objects_collected_total Objects collected during gc
# TYPE python_gc_objects_collected_total counter
python_gc_objects_collected_total{generation="0"} 12873.0
python_gc_objects_collected_total{generation="1"} 3471.0
python_gc_objects_collected_total{generation="2"} 412.0
# HELP process_start_time_seconds Start time of the process since unix epoch in seconds.
# TYPE process_start_time_seconds gauge
process_start_time_seconds 1.76381048e+09
# HELP vllm:num_requests_running Number of requests in model execution batches.
# TYPE vllm:num_requests_running gauge
vllm:num_requests_running{engine="0",model_name="meta-llama/Llama-3.1-8B-Instruct"} 2.0
# HELP vllm:prompt_tokens_total Number of prefill tokens processed.
# TYPE vllm:prompt_tokens_total counter
vllm:prompt_tokens_total{engine="0",model_name="meta-llama/Llama-3.1-8B-Instruct"} 1.234567e+06
# HELP vllm:prompt_tokens_created Number of prefill tokens processed.
# TYPE vllm:prompt_tokens_created gauge
vllm:prompt_tokens_created{engine="0",model_name="meta-llama/Llama-3.1-8B-Instruct"} 1.7638104911e+09
# HELP vllm:generation_tokens_total Number of generation tokens processed.
# TYPE vllm:generation_tokens_total counter
vllm:generation_tokens_total{engine="0",model_name="meta-llama/Llama-3.1-8B-Instruct"} 45678.0
# HELP vllm:request_success_total Count of successfully processed requests.
# TYPE vllm:request_success_total counter
vllm:request_success_total{engine="0",finished_reason="stop",model_name="meta-llama/Llama-3.1-8B-Instruct"} 120.0
vllm:request_success_total{engine="0",finished_reason="length",model_name="meta-llama/Llama-3.1-8B-Instruct"} 3.0
vllm:request_success_total{engine="0",finished_reason="abort",model_name="meta-llama/Llama-3.1-8B-Instruct"} 0.0
# HELP vllm:time_to_first_token_seconds Histogram of time to first token in seconds.
# TYPE vllm:time_to_first_token_seconds histogram
vllm:time_to_first_token_seconds_sum{engine="0",model_name="meta-llama/Llama-3.1-8B-Instruct"} 4.56
vllm:time_to_first_token_seconds_bucket{engine="0",le="0.001",model_name="meta-llama/Llama-3.1-8B-Instruct"} 0.0
vllm:time_to_first_token_seconds_bucket{engine="0",le="0.5",model_name="meta-llama/Llama-3.1-8B-Instruct"} 119.0
vllm:time_to_first_token_seconds_bucket{engine="0",le="+Inf",model_name="meta-llama/Llama-3.1-8B-Instruct"} 123.0
vllm:time_to_first_token_seconds_count{engine="0",model_name="meta-llama/Llama-3.1-8B-Instruct"} 123.0
)"_ba;

} // namespace

class tst_PrometheusText : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void malformedLinesAreReported_data();
    void malformedLinesAreReported();
    void notANumber();
    void typeAndHelp();
    void llamaCpp();
    void vllm();
    void errorSummary();
    void neverCrashes();
};

void tst_PrometheusText::parse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<Samples>("samples");

    const double inf = std::numeric_limits<double>::infinity();
    const auto row = [](const char *name, const QByteArray &text, const Samples &samples) {
        QTest::newRow(name) << text << samples;
    };

    row("empty", {}, {});
    row("blank lines and comments", "\n  \n# just a comment\n#\n\t\n"_ba, {});
    row("plain", "up 1\n"_ba, {sample(u"up"_s, {}, 1)});
    row("colons in the name", "llamacpp:prompt_tokens_total 33065\n"_ba,
        {sample(u"llamacpp:prompt_tokens_total"_s, {}, 33065)});
    row("no final newline", "a 1\nb 2"_ba, {sample(u"a"_s, {}, 1), sample(u"b"_s, {}, 2)});
    row("crlf", "a 1\r\nb 2\r\n"_ba, {sample(u"a"_s, {}, 1), sample(u"b"_s, {}, 2)});
    row("leading and inner blanks", "  a \t 1  \n"_ba, {sample(u"a"_s, {}, 1)});
    row("labels in text order", "a{z=\"1\",b=\"two\"} 2.5\n"_ba,
        {sample(u"a"_s, {{u"z"_s, u"1"_s}, {u"b"_s, u"two"_s}}, 2.5)});
    row("empty braces", "a{} 1\n"_ba, {sample(u"a"_s, {}, 1)});
    row("trailing comma", "a{x=\"1\",} 3\n"_ba, {sample(u"a"_s, {{u"x"_s, u"1"_s}}, 3)});
    row("blanks inside braces", "a{ x = \"1\" , y=\"2\" } 3\n"_ba,
        {sample(u"a"_s, {{u"x"_s, u"1"_s}, {u"y"_s, u"2"_s}}, 3)});
    row("blank before the brace", "a {x=\"1\"} 3\n"_ba, {sample(u"a"_s, {{u"x"_s, u"1"_s}}, 3)});
    row("empty label value", "a{x=\"\"} 3\n"_ba, {sample(u"a"_s, {{u"x"_s, QString()}}, 3)});
    row("escaped label values", R"(a{path="C:\\dir",say="\"hi\"",lines="a\nb"} 1)"_ba,
        {sample(u"a"_s,
                {{u"path"_s, u"C:\\dir"_s}, {u"say"_s, u"\"hi\""_s}, {u"lines"_s, u"a\nb"_s}}, 1)});
    row("braces, commas and hashes inside a value", "a{x=\"{,}# =\"} 1\n"_ba,
        {sample(u"a"_s, {{u"x"_s, u"{,}# ="_s}}, 1)});
    row("utf-8 label value", "a{name=\"Grüße 日本\"} 1\n"_ba,
        {sample(u"a"_s, {{u"name"_s, u"Grüße 日本"_s}}, 1)});
    row("exponent", "a 1.234567e+06\n"_ba, {sample(u"a"_s, {}, 1234567)});
    row("capital exponent, negative", "a 25E-3\n"_ba, {sample(u"a"_s, {}, 0.025)});
    row("leading dot", "a .5\n"_ba, {sample(u"a"_s, {}, 0.5)});
    row("trailing dot", "a 5.\n"_ba, {sample(u"a"_s, {}, 5)});
    row("signs", "a +3\nb -2.5\n"_ba, {sample(u"a"_s, {}, 3), sample(u"b"_s, {}, -2.5)});
    row("infinities", "a +Inf\nb -Inf\nc Inf\nd inf\n"_ba,
        {sample(u"a"_s, {}, inf), sample(u"b"_s, {}, -inf), sample(u"c"_s, {}, inf),
         sample(u"d"_s, {}, inf)});
    row("histogram bucket +Inf label", "h_bucket{le=\"+Inf\"} 123.0\n"_ba,
        {sample(u"h_bucket"_s, {{u"le"_s, u"+Inf"_s}}, 123)});
    row("timestamp", "a 1 1700000000000\n"_ba, {sample(u"a"_s, {}, 1, 1'700'000'000'000)});
    row("negative timestamp", "a{x=\"1\"} 1 -5\n"_ba, {sample(u"a"_s, {{u"x"_s, u"1"_s}}, 1, -5)});
    row("blanks after the timestamp", "a 1 7 \t\n"_ba, {sample(u"a"_s, {}, 1, 7)});
}

void tst_PrometheusText::parse()
{
    QFETCH(QByteArray, text);
    QFETCH(Samples, samples);

    const PrometheusText parsed = PrometheusText::parse(text);
    QCOMPARE(parsed.errorSummary(), QString());
    QCOMPARE(parsed.samples().size(), samples.size());
    for (qsizetype i = 0; i < samples.size(); ++i) {
        QCOMPARE(parsed.samples().at(i).name, samples.at(i).name);
        QCOMPARE(parsed.samples().at(i).labels, samples.at(i).labels);
        QCOMPARE(parsed.samples().at(i).value, samples.at(i).value);
        QCOMPARE(parsed.samples().at(i).timestampMs, samples.at(i).timestampMs);
    }
}

void tst_PrometheusText::malformedLinesAreReported_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<Lines>("lines");
    QTest::addColumn<int>("goodSamples");

    const auto row
        = [](const char *name, const QByteArray &text, const Lines &lines, int goodSamples = 0) {
              QTest::newRow(name) << text << lines << goodSamples;
          };

    row("no value", "a\n"_ba, {1});
    row("no value after labels", "a{x=\"1\"}\n"_ba, {1});
    row("word value", "a one\n"_ba, {1});
    row("hexadecimal value", "a 0x10\n"_ba, {1});
    row("underscores in the value", "a 1_000\n"_ba, {1});
    row("value out of range", "a 1e999\n"_ba, {1});
    row("exponent without digits", "a 1e\n"_ba, {1});
    row("signed NaN", "a -NaN\n"_ba, {1});
    row("name starting with a digit", "1abc 2\n"_ba, {1});
    row("dash in the name", "a-b 1\n"_ba, {1});
    row("colon in a label name", "a{x:y=\"1\"} 1\n"_ba, {1});
    row("unterminated label value", "a{x=\"1} 2\n"_ba, {1});
    row("unclosed braces", "a{x=\"1\" 2\n"_ba, {1});
    row("unquoted label value", "a{x=1} 2\n"_ba, {1});
    row("single-quoted label value", "a{x='1'} 2\n"_ba, {1});
    row("invalid escape", R"(a{x="\t"} 1)"_ba, {1});
    row("backslash at the end", "a{x=\"\\"_ba, {1});
    row("label given twice", "a{x=\"1\",x=\"2\"} 3\n"_ba, {1});
    row("no blank after the brace", "a{x=\"1\"}2\n"_ba, {1});
    row("two values and a timestamp", "a 1 2 3\n"_ba, {1});
    row("fractional timestamp", "a 1 1.5\n"_ba, {1});
    row("timestamp out of range", "a 1 99999999999999999999\n"_ba, {1});
    row("TYPE without a name", "# TYPE\n"_ba, {1});
    row("TYPE with an unknown type", "# TYPE a countr\n"_ba, {1});
    row("TYPE without a type", "# TYPE a\n"_ba, {1});
    row("TYPE with extra words", "# TYPE a counter extra\n"_ba, {1});
    row("second TYPE", "# TYPE a counter\n# TYPE a gauge\na 1\n"_ba, {2}, 1);
    row("HELP with an invalid name", "# HELP a-b text\n"_ba, {1});
    row("bad lines among good ones",
        "# TYPE good counter\ngood 1\nbad{\ngood2 2\n\nbad 1 2 3\ngood3 3"_ba, {3, 6}, 3);
    row("binary noise", QByteArray("a\0b 1\n\x01\x02\n", 9), {1, 2});
}

void tst_PrometheusText::malformedLinesAreReported()
{
    QFETCH(QByteArray, text);
    QFETCH(Lines, lines);
    QFETCH(int, goodSamples);

    const PrometheusText parsed = PrometheusText::parse(text);
    QCOMPARE(errorLines(parsed), lines);
    QVERIFY(parsed.hasErrors());
    QCOMPARE(parsed.samples().size(), goodSamples);
    for (const PrometheusText::LineError &error : parsed.errors())
        QVERIFY2(!error.detail.isEmpty(), qPrintable(u"line %1"_s.arg(error.line)));
}

void tst_PrometheusText::notANumber()
{
    const PrometheusText parsed = PrometheusText::parse("a NaN\nb nan\n"_ba);
    QVERIFY(!parsed.hasErrors());
    QCOMPARE(parsed.samples().size(), 2);
    QVERIFY(std::isnan(parsed.samples().at(0).value));
    QVERIFY(std::isnan(parsed.samples().at(1).value));
}

void tst_PrometheusText::typeAndHelp()
{
    const PrometheusText parsed = PrometheusText::parse(
        R"(# HELP a Lines\nand back\\slashes, a \t kept
# TYPE a counter
#   TYPE   b   gauge
# HELP c
# some other comment: TYPE x counter
a 1
)"_ba);
    QCOMPARE(parsed.errorSummary(), QString());
    QCOMPARE(parsed.type(u"a"_s), u"counter"_s);
    QCOMPARE(parsed.type(u"b"_s), u"gauge"_s);
    QCOMPARE(parsed.type(u"x"_s), QString());
    QCOMPARE(parsed.help(u"a"_s), u"Lines\nand back\\slashes, a \\t kept"_s);
    QCOMPARE(parsed.help(u"c"_s), QString());
    QCOMPARE(parsed.samples().size(), 1);
}

void tst_PrometheusText::llamaCpp()
{
    const PrometheusText parsed = PrometheusText::parse(llamaCppExposition);
    QCOMPARE(parsed.errorSummary(), QString());
    QCOMPARE(parsed.samples().size(), 10);
    QCOMPARE(parsed.samples().at(0).name, u"llamacpp:prompt_tokens_total"_s);
    QCOMPARE(parsed.samples().at(0).value, 33065.0);
    QCOMPARE(parsed.samples().at(2).name, u"llamacpp:tokens_predicted_total"_s);
    QCOMPARE(parsed.samples().at(2).value, 7801.0);
    QCOMPARE(parsed.type(u"llamacpp:prompt_tokens_total"_s), u"counter"_s);
    QCOMPARE(parsed.type(u"llamacpp:requests_processing"_s), u"gauge"_s);
    QCOMPARE(parsed.help(u"llamacpp:n_decode_total"_s), u"Total number of llama_decode() calls"_s);
}

void tst_PrometheusText::vllm()
{
    const PrometheusText parsed = PrometheusText::parse(vllmExposition);
    QCOMPARE(parsed.errorSummary(), QString());
    QCOMPARE(parsed.samples().size(), 16);

    const auto find = [&parsed](const QString &name, const QString &reason = {}) {
        for (const Sample &sample : parsed.samples()) {
            if (sample.name == name
                && (reason.isEmpty() || sample.label(u"finished_reason") == reason))
                return sample;
        }
        return Sample {};
    };
    const QString model = u"meta-llama/Llama-3.1-8B-Instruct"_s;
    const Sample prompt = find(u"vllm:prompt_tokens_total"_s);
    QCOMPARE(prompt.value, 1234567.0);
    QCOMPARE(prompt.labels, (Labels {{u"engine"_s, u"0"_s}, {u"model_name"_s, model}}));
    QCOMPARE(prompt.label(u"model_name"), model);
    QCOMPARE(prompt.label(u"no_such_label"), QString());
    QCOMPARE(find(u"vllm:generation_tokens_total"_s).value, 45678.0);
    QCOMPARE(find(u"vllm:request_success_total"_s, u"length"_s).value, 3.0);
    QCOMPARE(find(u"process_start_time_seconds"_s).value, 1763810480.0);
    QCOMPARE(parsed.type(u"vllm:time_to_first_token_seconds"_s), u"histogram"_s);
    QCOMPARE(parsed.type(u"vllm:prompt_tokens_total"_s), u"counter"_s);
}

void tst_PrometheusText::errorSummary()
{
    const PrometheusText parsed = PrometheusText::parse("a\nb\nc\nd\nok 1\n"_ba);
    QCOMPARE(parsed.errors().size(), 4);
    QCOMPARE(parsed.errorSummary(2), u"line 1: a has no value; line 2: b has no value; 2 more"_s);
}

// Every cut of a real exposition and random noise: errors at worst, never a crash or a hang.
void tst_PrometheusText::neverCrashes()
{
    const QByteArray text = vllmExposition + llamaCppExposition;
    for (qsizetype length = 0; length <= text.size(); ++length)
        (void)PrometheusText::parse(text.first(length));

    QRandomGenerator random(20261122);
    const QByteArray alphabet = "a_:{}=\",\\ \t\n#0123456789.eE+-InfNa\r\x01\xff"_ba;
    for (int round = 0; round < 2000; ++round) {
        QByteArray noise(random.bounded(1, 200), Qt::Uninitialized);
        for (char &c : noise)
            c = alphabet.at(random.bounded(int(alphabet.size())));
        const PrometheusText parsed = PrometheusText::parse(noise);
        for (const PrometheusText::LineError &error : parsed.errors())
            QVERIFY(error.line >= 1 && error.line <= noise.count('\n') + 1);
    }
    // A mutated real exposition: one byte changed at a time.
    for (qsizetype i = 0; i < text.size(); i += 7) {
        QByteArray mutated = text;
        mutated[i] = alphabet.at(random.bounded(int(alphabet.size())));
        (void)PrometheusText::parse(mutated);
    }
}

QTEST_GUILESS_MAIN(tst_PrometheusText)
#include "tst_prometheustext.moc"
