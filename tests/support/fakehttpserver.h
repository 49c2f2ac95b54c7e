#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <utility>

class QTcpSocket;

// A local HTTP/1.1 server on 127.0.0.1 for tests that drive the real QNetworkAccessManager.
//
// Tests queue responses per path (the query string is not part of the match), let the code
// under test run, and then look at the requests the server recorded. Connections are kept alive
// the way QNetworkAccessManager expects (Content-Length on every answer, several requests on one
// connection), and a response can be delayed, closed without an answer or never answered, which
// is what timeouts, retries and backoff need. Request bodies must come with Content-Length;
// chunked uploads are answered with 501.
class FakeHttpServer : public QObject
{
    Q_OBJECT

public:
    using Header = std::pair<QByteArray, QByteArray>;

    struct Response
    {
        enum class Action {
            Answer,
            CloseWithoutAnswer, // the connection is closed once the request is read
            NeverAnswer, // the connection stays open and silent: the client has to time out
        };

        int status = 200;
        QList<Header> headers; // Content-Length and Connection are added unless given here
        QByteArray body;
        std::chrono::milliseconds delay {0}; // before answering (or closing)
        Action action = Action::Answer;
        bool closeAfterAnswer = false; // with a Content-Length header larger than the body: a cut

        static Response reply(int status, QByteArray body = {},
                              QByteArray contentType = "text/plain; charset=utf-8");
        static Response json(QByteArray body, int status = 200);
        static Response closeWithoutAnswer();
        static Response neverAnswer();

        Response withHeader(QByteArray name, QByteArray value) const;
        Response withDelay(std::chrono::milliseconds delay) const;
    };

    struct Request
    {
        QByteArray method;
        QString path; // percent-decoded, without the query
        QUrlQuery query;
        QList<Header> headers; // as sent, names in the client's case
        QByteArray body;
        int connection = 0; // 1 for the first connection accepted, 2 for the next, ...

        // The first header of that name, compared without case; empty when there is none.
        QByteArray header(QByteArrayView name) const;
        // Fully decoded values of a query key ("group_by[]" for group_by%5B%5D=a&group_by%5B%5D=b).
        QStringList queryValues(const QString &key) const;
        QString queryValue(const QString &key) const { return queryValues(key).value(0); }
    };

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    // http://127.0.0.1:<port> followed by a path, which may carry a query ("/v1/usage?page=2").
    QUrl url(const QString &pathAndQuery = {}) const;

    // Answers to the next requests for `path`, in order.
    void enqueue(const QString &path, Response response);
    // The answer for `path` once its queue is empty. Without one, such requests get a 404.
    // QNetworkAccessManager sends a request again when a kept-alive connection closes without
    // an answer; a fallback makes that second attempt meet the same failure.
    void setFallback(const QString &path, Response response);
    void clearFallback(const QString &path) { m_fallbacks.remove(path); }
    qsizetype queuedResponses(const QString &path) const { return m_queues.value(path).size(); }

    const QList<Request> &requests() const { return m_requests; }
    QList<Request> requests(const QString &path) const;
    void clearRequests() { m_requests.clear(); }
    int connectionCount() const { return m_connectionCount; } // accepted so far

signals:
    void requestReceived(const FakeHttpServer::Request &request);

private:
    struct Connection
    {
        int id = 0;
        QByteArray buffer;
        bool isBusy = false; // a request is being answered; later ones wait in the buffer
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void onDisconnected(QTcpSocket *socket);
    void processBuffer(QTcpSocket *socket);
    Response takeResponse(const QString &path);
    void respond(QTcpSocket *socket, const QByteArray &method, bool keepAlive,
                 const Response &response);
    void refuse(QTcpSocket *socket, int status);

    QTcpServer m_server;
    QHash<QTcpSocket *, Connection> m_connections;
    QHash<QString, QList<Response>> m_queues;
    QHash<QString, Response> m_fallbacks;
    QList<Request> m_requests;
    int m_connectionCount = 0;
};

Q_DECLARE_METATYPE(FakeHttpServer::Request)
Q_DECLARE_METATYPE(FakeHttpServer::Response)
