#pragma once

#include <QMetaType>
#include <QString>

#include <utility>
#include <variant>

// Error codes that cross layers. Core code passes a code and a technical detail; the UI and the
// command line turn codes into words for people.
enum class ErrorCode {
    InvalidArgument,
    InvalidInput,
    NotFound,
    Io,
    Database,
    DatabaseCorrupt,
    SchemaTooNew,
    Conflict,
    Network,
    Unauthorized,
};

struct Error
{
    ErrorCode code = ErrorCode::InvalidInput;
    QString detail;
};
Q_DECLARE_METATYPE(Error)

// A value or an Error; no exceptions cross Qt code.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) { }
    Result(Error error) : m_state(std::move(error)) { }

    bool hasValue() const { return m_state.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// Result of an operation that yields nothing but may fail.
struct Success
{
};
using Status = Result<Success>;
inline Status ok()
{
    return Success {};
}
