#include "core/interchange/JsonTextCheck.h"

#include <QCoreApplication>
#include <QSet>

#include <vector>

namespace rt {

namespace {

QString codePoint(char32_t c)
{
    return QLatin1String("U+") + QStringLiteral("%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

// One open object or list; together the stack spells the JSON path of the current value.
struct Frame
{
    bool object = false;
    bool expectKey = false; // object only: the next string is a field name
    qsizetype index = 0; // list only
    QString key; // object only: the field whose value is being read
    QSet<QString> keys; // object only: every field name seen so far
};

class Scanner
{
public:
    explicit Scanner(const QByteArray &json)
        : m_data(json.constData())
        , m_size(json.size())
    {
    }

    // Empty when the text passes or breaks the JSON syntax (QJsonDocument says where).
    QString run()
    {
        while (m_pos < m_size) {
            const char c = m_data[m_pos];
            switch (c) {
            case ' ':
            case '\t':
            case '\n':
            case '\r':
            case ':':
                ++m_pos;
                break;
            case '{':
            case '[':
                if (int(m_stack.size()) >= JsonTextCheck::MaxDepth)
                    return problem(path(),
                        JsonTextCheck::tr("nested more than %1 levels deep").arg(JsonTextCheck::MaxDepth));
                m_stack.emplace_back();
                m_stack.back().object = c == '{';
                m_stack.back().expectKey = c == '{';
                ++m_pos;
                break;
            case '}':
            case ']':
                if (m_stack.empty())
                    return {};
                m_stack.pop_back();
                ++m_pos;
                break;
            case ',':
                if (m_stack.empty())
                    return {};
                if (m_stack.back().object)
                    m_stack.back().expectKey = true;
                else
                    ++m_stack.back().index;
                ++m_pos;
                break;
            case '"': {
                ++m_pos;
                const bool isKey = !m_stack.empty() && m_stack.back().object && m_stack.back().expectKey;
                QString key;
                const QString failure = string(isKey ? &key : nullptr);
                if (m_syntax)
                    return {};
                if (!failure.isEmpty())
                    return problem(path(), failure);
                if (isKey) {
                    Frame &frame = m_stack.back();
                    frame.expectKey = false;
                    frame.key = key;
                    if (frame.keys.contains(key))
                        return problem(
                            path(), JsonTextCheck::tr("this field appears twice in the same object"));
                    frame.keys.insert(key);
                }
                break;
            }
            default:
                if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
                    while (m_pos < m_size
                        && ((m_data[m_pos] >= 'a' && m_data[m_pos] <= 'z')
                            || (m_data[m_pos] >= 'A' && m_data[m_pos] <= 'Z')
                            || (m_data[m_pos] >= '0' && m_data[m_pos] <= '9') || m_data[m_pos] == '-'
                            || m_data[m_pos] == '+' || m_data[m_pos] == '.'))
                        ++m_pos;
                    break;
                }
                return {}; // not JSON: QJsonDocument reports it
            }
        }
        return {};
    }

private:
    static QString problem(const QString &path, const QString &message)
    {
        return path.isEmpty() ? message : path + QLatin1String(": ") + message;
    }

    QString path() const
    {
        QString result;
        for (const Frame &frame : m_stack) {
            if (frame.object) {
                if (frame.expectKey)
                    break; // between fields: the object itself is the place
                if (!result.isEmpty())
                    result += QLatin1Char('.');
                result += frame.key;
            } else {
                result += QStringLiteral("[%1]").arg(frame.index);
            }
        }
        return result;
    }

    int hex4(qsizetype at) const
    {
        if (at + 4 > m_size)
            return -1;
        int value = 0;
        for (qsizetype i = at; i < at + 4; ++i) {
            const char h = m_data[i];
            value <<= 4;
            if (h >= '0' && h <= '9')
                value |= h - '0';
            else if (h >= 'a' && h <= 'f')
                value |= h - 'a' + 10;
            else if (h >= 'A' && h <= 'F')
                value |= h - 'A' + 10;
            else
                return -1;
        }
        return value;
    }

    // Reads one string after its opening quote. Decodes it into *out when given (field names).
    QString string(QString *out)
    {
        qsizetype length = 0;
        while (true) {
            if (m_pos >= m_size) {
                m_syntax = true;
                return {};
            }
            const uchar c = uchar(m_data[m_pos]);
            char32_t cp = 0;
            if (c == '"') {
                ++m_pos;
                return {};
            }
            if (c == '\\') {
                if (m_pos + 1 >= m_size) {
                    m_syntax = true;
                    return {};
                }
                const char e = m_data[m_pos + 1];
                m_pos += 2;
                switch (e) {
                case '"':
                    cp = '"';
                    break;
                case '\\':
                    cp = '\\';
                    break;
                case '/':
                    cp = '/';
                    break;
                case 'b':
                    cp = 0x08;
                    break;
                case 'f':
                    cp = 0x0C;
                    break;
                case 'n':
                    cp = '\n';
                    break;
                case 'r':
                    cp = '\r';
                    break;
                case 't':
                    cp = '\t';
                    break;
                case 'u': {
                    const int unit = hex4(m_pos);
                    if (unit < 0) {
                        m_syntax = true;
                        return {};
                    }
                    m_pos += 4;
                    if (unit >= 0xDC00 && unit <= 0xDFFF)
                        return JsonTextCheck::tr(
                            "\\u%1 is half of a surrogate pair without its first half; it is not a "
                            "character")
                            .arg(unit, 4, 16, QLatin1Char('0'));
                    if (unit >= 0xD800 && unit <= 0xDBFF) {
                        const int low
                            = m_pos + 6 <= m_size && m_data[m_pos] == '\\' && m_data[m_pos + 1] == 'u'
                            ? hex4(m_pos + 2)
                            : -1;
                        if (low < 0xDC00 || low > 0xDFFF)
                            return JsonTextCheck::tr(
                                "\\u%1 is half of a surrogate pair without its second half; it is not "
                                "a character")
                                .arg(unit, 4, 16, QLatin1Char('0'));
                        m_pos += 6;
                        cp = 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
                    } else {
                        cp = char32_t(unit);
                    }
                    break;
                }
                default:
                    m_syntax = true;
                    return {};
                }
            } else if (c < 0x80) {
                cp = c;
                ++m_pos;
            } else {
                // UTF-8 as RFC 3629 defines it: no overlong forms, no surrogates, nothing past U+10FFFF.
                int extra = 0;
                uchar low = 0x80, high = 0xBF;
                if (c >= 0xC2 && c <= 0xDF) {
                    extra = 1;
                    cp = c & 0x1F;
                } else if (c >= 0xE0 && c <= 0xEF) {
                    extra = 2;
                    cp = c & 0x0F;
                    if (c == 0xE0)
                        low = 0xA0;
                    else if (c == 0xED)
                        high = 0x9F;
                } else if (c >= 0xF0 && c <= 0xF4) {
                    extra = 3;
                    cp = c & 0x07;
                    if (c == 0xF0)
                        low = 0x90;
                    else if (c == 0xF4)
                        high = 0x8F;
                } else {
                    return JsonTextCheck::tr("the byte 0x%1 is not UTF-8 text")
                        .arg(uint(c), 2, 16, QLatin1Char('0'));
                }
                for (int i = 1; i <= extra; ++i) {
                    const uchar b = m_pos + i < m_size ? uchar(m_data[m_pos + i]) : 0;
                    if (b < (i == 1 ? low : 0x80) || b > (i == 1 ? high : 0xBF))
                        return JsonTextCheck::tr("the byte 0x%1 is not UTF-8 text")
                            .arg(uint(c), 2, 16, QLatin1Char('0'));
                    cp = (cp << 6) | (b & 0x3F);
                }
                m_pos += 1 + extra;
            }
            if ((cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0x7F
                || (cp >= 0x80 && cp < 0xA0))
                return JsonTextCheck::tr("the control character %1 is not allowed in text")
                    .arg(codePoint(cp));
            if (++length > JsonTextCheck::MaxStringLength)
                return JsonTextCheck::tr("longer than %1 characters, the most a field may hold")
                    .arg(JsonTextCheck::MaxStringLength);
            if (out) {
                if (QChar::requiresSurrogates(cp)) {
                    out->append(QChar(QChar::highSurrogate(cp)));
                    out->append(QChar(QChar::lowSurrogate(cp)));
                } else {
                    out->append(QChar(char16_t(cp)));
                }
            }
        }
    }

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    bool m_syntax = false;
    std::vector<Frame> m_stack;
};

} // namespace

QString JsonTextCheck::check(const QByteArray &json)
{
    return Scanner(json).run();
}

} // namespace rt
