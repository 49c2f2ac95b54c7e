#include "fakehttpserver.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype maxHeaderBytes = 64 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

bool hasHeader(const QList<FakeHttpServer::Header> &headers, QByteArrayView name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// No body for HEAD, 1xx, 204 and 304 (RFC 9110 §6.4.1).
bool mayHaveBody(const QByteArray &method, int status)
{
    return method != "HEAD" && status >= 200 && status != 204 && status != 304;
}

} // namespace

FakeHttpServer::Response FakeHttpServer::Response::reply(int status, QByteArray body,
                                                         QByteArray contentType)
{
    Response response;
    response.status = status;
    response.body = std::move(body);
    if (!contentType.isEmpty())
        response.headers.append({"Content-Type", std::move(contentType)});
    return response;
}

FakeHttpServer::Response FakeHttpServer::Response::json(QByteArray body, int status)
{
    return reply(status, std::move(body), "application/json");
}

FakeHttpServer::Response FakeHttpServer::Response::closeWithoutAnswer()
{
    Response response;
    response.action = Action::CloseWithoutAnswer;
    return response;
}

FakeHttpServer::Response FakeHttpServer::Response::neverAnswer()
{
    Response response;
    response.action = Action::NeverAnswer;
    return response;
}

FakeHttpServer::Response FakeHttpServer::Response::withHeader(QByteArray name,
                                                              QByteArray value) const
{
    Response response = *this;
    response.headers.append({std::move(name), std::move(value)});
    return response;
}

FakeHttpServer::Response FakeHttpServer::Response::withDelay(std::chrono::milliseconds delay) const
{
    Response response = *this;
    response.delay = delay;
    return response;
}

QByteArray FakeHttpServer::Request::header(QByteArrayView name) const
{
    for (const auto &[headerName, value] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QStringList FakeHttpServer::Request::queryValues(const QString &key) const
{
    QStringList values;
    for (const auto &[itemKey, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (itemKey == key)
            values.append(value);
    }
    return values;
}

FakeHttpServer::FakeHttpServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        qWarning("FakeHttpServer: cannot listen: %s", qPrintable(m_server.errorString()));
}

FakeHttpServer::~FakeHttpServer()
{
    // Sockets go first, silently, so that no handler runs on a half-destroyed server.
    const QList<QTcpSocket *> sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect();
        delete socket;
    }
    m_server.close();
}

QUrl FakeHttpServer::url(const QString &pathAndQuery) const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(port()) + pathAndQuery);
}

void FakeHttpServer::enqueue(const QString &path, Response response)
{
    m_queues[path].append(std::move(response));
}

void FakeHttpServer::setFallback(const QString &path, Response response)
{
    m_fallbacks.insert(path, std::move(response));
}

QList<FakeHttpServer::Request> FakeHttpServer::requests(const QString &path) const
{
    QList<Request> matching;
    for (const Request &request : m_requests) {
        if (request.path == path)
            matching.append(request);
    }
    return matching;
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_connections.insert(socket, Connection {++m_connectionCount, {}, false});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this,
                [this, socket] { onDisconnected(socket); });
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    const auto connection = m_connections.find(socket);
    if (connection == m_connections.end())
        return;
    connection->buffer += socket->readAll();
    processBuffer(socket);
}

void FakeHttpServer::onDisconnected(QTcpSocket *socket)
{
    m_connections.remove(socket);
    socket->deleteLater();
}

void FakeHttpServer::processBuffer(QTcpSocket *socket)
{
    const auto connection = m_connections.find(socket);
    if (connection == m_connections.end() || connection->isBusy)
        return;
    QByteArray &buffer = connection->buffer;

    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (buffer.size() > maxHeaderBytes)
            refuse(socket, 431);
        return; // wait for the rest of the header
    }

    const QList<QByteArray> lines = buffer.first(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return refuse(socket, 400);

    Request request;
    request.method = requestLine.at(0);
    request.connection = connection->id;
    for (const QByteArray &line : lines.sliced(1)) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return refuse(socket, 400);
        request.headers.append({line.first(colon).trimmed(), line.sliced(colon + 1).trimmed()});
    }
    if (!request.header("Transfer-Encoding").isEmpty())
        return refuse(socket, 501);

    qsizetype bodyLength = 0;
    if (const QByteArray length = request.header("Content-Length"); !length.isEmpty()) {
        bool isNumber = false;
        bodyLength = length.toLongLong(&isNumber);
        if (!isNumber || bodyLength < 0)
            return refuse(socket, 400);
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (buffer.size() < bodyStart + bodyLength)
        return; // wait for the rest of the body
    request.body = buffer.sliced(bodyStart, bodyLength);
    buffer.remove(0, bodyStart + bodyLength);

    const QByteArray &target = requestLine.at(1);
    const qsizetype question = target.indexOf('?');
    request.path = QUrl::fromPercentEncoding(question < 0 ? target : target.first(question));
    if (question >= 0)
        request.query = QUrlQuery(QString::fromUtf8(target.sliced(question + 1)));

    const QByteArray connectionHeader = request.header("Connection").toLower();
    const bool keepAlive = requestLine.at(2) == "HTTP/1.1" ? connectionHeader != "close"
                                                           : connectionHeader == "keep-alive";

    const Response response = takeResponse(request.path);
    const QByteArray method = request.method;
    m_requests.append(request);
    connection->isBusy = true;
    emit requestReceived(request);

    if (response.delay.count() > 0) {
        // The socket is the context: a client that gives up first takes the timer with it.
        QTimer::singleShot(response.delay, socket, [this, socket, method, keepAlive, response] {
            respond(socket, method, keepAlive, response);
        });
    } else {
        respond(socket, method, keepAlive, response);
    }
}

FakeHttpServer::Response FakeHttpServer::takeResponse(const QString &path)
{
    if (auto queue = m_queues.find(path); queue != m_queues.end() && !queue->isEmpty())
        return queue->takeFirst();
    if (auto fallback = m_fallbacks.constFind(path); fallback != m_fallbacks.constEnd())
        return *fallback;
    return Response::reply(404, "no response queued for " + path.toUtf8() + '\n');
}

void FakeHttpServer::respond(QTcpSocket *socket, const QByteArray &method, bool keepAlive,
                             const Response &response)
{
    if (!m_connections.contains(socket))
        return;
    switch (response.action) {
    case Response::Action::NeverAnswer:
        return; // stays busy: nothing more is answered on this connection
    case Response::Action::CloseWithoutAnswer:
        socket->disconnectFromHost();
        return;
    case Response::Action::Answer:
        break;
    }

    const bool closes = !keepAlive || response.closeAfterAnswer;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (!hasHeader(response.headers, "Content-Length") && response.status >= 200
        && response.status != 204 && response.status != 304)
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (!hasHeader(response.headers, "Connection"))
        head += closes ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    head += "\r\n";

    socket->write(head);
    if (mayHaveBody(method, response.status))
        socket->write(response.body);

    if (closes) {
        socket->disconnectFromHost(); // after the written bytes are sent
        return;
    }
    m_connections[socket].isBusy = false;
    processBuffer(socket); // a request the client sent meanwhile
}

void FakeHttpServer::refuse(QTcpSocket *socket, int status)
{
    m_connections[socket].buffer.clear();
    m_connections[socket].isBusy = true;
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
                  + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    socket->disconnectFromHost();
}
