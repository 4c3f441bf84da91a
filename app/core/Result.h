#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace yc {

// An error carried as a value: a stable machine code (for scripts and tests) and a translated
// message written for the person reading it (clerk or hall IT staff). Never holds personal data.
struct Error
{
    QString code;
    QString message;

    [[nodiscard]] QString toString() const { return message.isEmpty() ? code : message; }
};

// Result<T>: either a value or an Error. Built on std::variant rather than a hand-written union.
// E is the error type: Error everywhere but where a caller needs more than a code and a message
// (the sync engine's PlatformResult<T> carries a PlatformFailure that says whether to retry).
template<typename T, typename E = Error>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    Result(E error)
        : m_state(std::in_place_index<1>, std::move(error))
    {}

    [[nodiscard]] bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] T& value() & { return std::get<0>(m_state); }
    [[nodiscard]] const T& value() const& { return std::get<0>(m_state); }
    [[nodiscard]] T&& value() && { return std::get<0>(std::move(m_state)); }
    [[nodiscard]] const E& error() const { return std::get<1>(m_state); }

    [[nodiscard]] T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, E> m_state;
};

template<typename E>
class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    Result(E error)
        : m_error(std::move(error))
    {}

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const E& error() const { return *m_error; }

private:
    std::optional<E> m_error;
};

using Status = Result<void>;

inline Error makeError(QString code, QString message)
{
    return Error{std::move(code), std::move(message)};
}

} // namespace yc
