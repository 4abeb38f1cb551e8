#include "jailconflexer.h"

using namespace Qt::StringLiterals;

namespace {

// jaillex.l's atom characters: [A-Za-z0-9_!%&()\-.:<>?@\[\]^`|~]. A '/'
// also stands in unquoted values, but only where it starts no comment.
bool isAtom(QChar c)
{
    return c != u'/' && JailConfValue::isBareChar(c);
}

bool isNameStart(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '_';
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c.unicode() >= '0' && c.unicode() <= '9');
}

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

bool isOctal(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '7';
}

} // namespace

JailConfLexer::JailConfLexer(QStringView text, qsizetype at)
    : m_text(text)
    , m_at(at)
{ }

qsizetype JailConfLexer::skipTrivia(qsizetype at)
{
    const qsizetype size = m_text.size();
    while (at < size) {
        const QChar c = m_text[at];
        if (c == u' ' || c == u'\t' || c == u'\r' || c == u'\n') {
            ++at;
        } else if (c == u'#' || (c == u'/' && at + 1 < size && m_text[at + 1] == u'/')) {
            while (at < size && m_text[at] != u'\n')
                ++at;
        } else if (c == u'/' && at + 1 < size && m_text[at + 1] == u'*') {
            const qsizetype close = m_text.indexOf(u"*/", at + 2);
            if (close < 0) {
                m_problems.append({at, u"unterminated comment"_s});
                return size;
            }
            at = close + 2;
        } else {
            break;
        }
    }
    return at;
}

Token JailConfLexer::next()
{
    return next(m_ownParts);
}

Token JailConfLexer::next(QList<JailConfValue::Part> &parts)
{
    m_parts = &parts;
    Token token;
    const qsizetype start = m_at;
    m_at = skipTrivia(m_at);
    token.trivia = {start, m_at};
    token.text = {m_at, m_at};
    m_parts->clear();
    m_quoting = JailConfValue::Quoting::None;
    m_sawPart = false;
    if (m_at >= m_text.size()) {
        token.kind = int(JailConfTokenKind::End);
        return token;
    }
    const QChar c = m_text[m_at];
    auto single = [&](JailConfTokenKind kind, qsizetype length = 1) {
        token.kind = int(kind);
        m_at += length;
        token.text.end = m_at;
        return token;
    };
    switch (c.unicode()) {
    case '=':
        return single(JailConfTokenKind::Assign);
    case ',':
        return single(JailConfTokenKind::Comma);
    case ';':
        return single(JailConfTokenKind::Semicolon);
    case '{':
        return single(JailConfTokenKind::OpenBrace);
    case '}':
        return single(JailConfTokenKind::CloseBrace);
    case '+':
        if (m_at + 1 < m_text.size() && m_text[m_at + 1] == u'=')
            return single(JailConfTokenKind::Append, 2);
        break;
    default:
        break;
    }
    scanWord();
    if (m_at == token.text.begin) {
        m_problems.append({m_at, u"unexpected character '%1'"_s.arg(c)});
        return single(JailConfTokenKind::Invalid);
    }
    token.kind = int(m_sawPart ? JailConfTokenKind::Word : JailConfTokenKind::Invalid);
    token.text.end = m_at;
    return token;
}

void JailConfLexer::addText(QChar c)
{
    if (m_parts->isEmpty() || m_parts->last().kind != JailConfValue::Part::Kind::Text)
        m_parts->append({JailConfValue::Part::Kind::Text, {}});
    m_parts->last().text += c;
}

void JailConfLexer::addText(QStringView text)
{
    if (text.isEmpty())
        return;
    if (m_parts->isEmpty() || m_parts->last().kind != JailConfValue::Part::Kind::Text)
        m_parts->append({JailConfValue::Part::Kind::Text, {}});
    QString &part = m_parts->last().text;
    if (part.isEmpty())
        part = interned(text);
    else
        part += text;
}

void JailConfLexer::addVariable(QStringView name)
{
    m_parts->append({JailConfValue::Part::Kind::Variable, interned(name)});
}

// Names, variables and the fixed pieces of commands repeat from jail to jail:
// sharing one string for each saves most of what a large file allocates. The
// cache is direct-mapped on a cheap hash; a miss only costs the allocation.
QString JailConfLexer::interned(QStringView text)
{
    const qsizetype size = text.size();
    if (size == 0)
        return {};
    const size_t hash = size_t(size) * 31 + text[0].unicode() * 7 + text[size - 1].unicode()
        + text[size / 2].unicode() * 131;
    QString &slot = m_interned[hash % m_interned.size()];
    if (slot != text)
        slot = text.toString();
    return slot;
}

void JailConfLexer::markQuoting(JailConfValue::Quoting quoting)
{
    if (!m_sawPart)
        m_quoting = quoting;
    else if (m_quoting != quoting || quoting != JailConfValue::Quoting::None)
        m_quoting = JailConfValue::Quoting::Mixed;
    m_sawPart = true;
}

// A backslash escape as text2lval() decodes it; `end` bounds the string it is in.
void JailConfLexer::scanEscape(qsizetype end)
{
    ++m_at; // the backslash
    if (m_at >= end)
        return;
    const QChar c = m_text[m_at++];
    if (isOctal(c)) {
        int value = c.unicode() - '0';
        for (int i = 0; i < 2 && m_at < end && isOctal(m_text[m_at]); ++i)
            value = value * 8 + (m_text[m_at++].unicode() - '0');
        addText(QChar(char16_t(value)));
        return;
    }
    switch (c.unicode()) {
    case 'a':
        addText(QChar(u'\a'));
        return;
    case 'b':
        addText(QChar(u'\b'));
        return;
    case 'f':
        addText(QChar(u'\f'));
        return;
    case 'n':
        addText(QChar(u'\n'));
        return;
    case 'r':
        addText(QChar(u'\r'));
        return;
    case 't':
        addText(QChar(u'\t'));
        return;
    case 'v':
        addText(QChar(u'\v'));
        return;
    case '\n':
        addText(QStringView());
        return;
    case 'x': {
        int value = 0;
        for (int i = 0; i < 2 && m_at < end && hexDigit(m_text[m_at]) >= 0; ++i)
            value = value * 16 + hexDigit(m_text[m_at++]);
        addText(QChar(char16_t(value)));
        return;
    }
    default:
        addText(c);
    }
}

// `$name` or `${name}` at m_at; a '$' that starts neither is a literal '$'.
void JailConfLexer::scanVariable(bool inDoubleQuotes, qsizetype end)
{
    const qsizetype dollar = m_at;
    if (m_at + 1 < end && isNameStart(m_text[m_at + 1])) {
        qsizetype at = m_at + 2;
        while (at < end && isNameChar(m_text[at]))
            ++at;
        addVariable(m_text.sliced(m_at + 1, at - m_at - 1));
        m_at = at;
        return;
    }
    if (m_at + 1 < end && m_text[m_at + 1] == u'{') {
        const qsizetype first = m_at + 2;
        QString decoded; // only for a name with escapes
        bool escaped = false;
        qsizetype at = first;
        while (at < end) {
            const QChar c = m_text[at];
            if (c == u'}') {
                addVariable(escaped ? QStringView(decoded) : m_text.sliced(first, at - first));
                m_at = at + 1;
                return;
            }
            if (c == u'\n' || c == u'{' || (inDoubleQuotes && c == u'"'))
                break;
            if (c == u'\\' && at + 1 < end) {
                // text2lval() decodes escapes in a variable name too; keep it simple: take the
                // character.
                if (!escaped)
                    decoded = m_text.sliced(first, at - first).toString();
                escaped = true;
                decoded += m_text[at + 1];
                at += 2;
                continue;
            }
            if (escaped)
                decoded += c;
            ++at;
        }
        m_problems.append({dollar, u"unterminated variable"_s});
        addText(m_text.sliced(dollar, at - dollar));
        m_at = at;
        return;
    }
    addText(QChar(u'$'));
    ++m_at;
}

void JailConfLexer::scanQuoted(QChar quote)
{
    const qsizetype open = m_at;
    const qsizetype size = m_text.size();
    // The closing quote is the first one no backslash escapes; indexOf() finds it
    // quickly in the usual string without backslashes.
    qsizetype at = open + 1;
    qsizetype close = m_text.indexOf(quote, at);
    while (close >= 0) {
        const qsizetype backslash = m_text.sliced(at, close - at).indexOf(u'\\');
        if (backslash < 0)
            break;
        at += backslash + 2;
        if (at > close)
            close = at < size ? m_text.indexOf(quote, at) : -1;
    }
    if (close < 0)
        close = size;
    if (close >= size) {
        // jaillex.l's "unterminated string" rule stops at the end of the line.
        m_problems.append({open, u"unterminated string"_s});
        qsizetype end = open + 1;
        while (end < size && m_text[end] != u'\n')
            ++end;
        markQuoting(quote == u'"' ? JailConfValue::Quoting::Double
                                  : JailConfValue::Quoting::Single);
        addText(m_text.sliced(open + 1, end - open - 1));
        m_at = end;
        return;
    }
    markQuoting(quote == u'"' ? JailConfValue::Quoting::Double : JailConfValue::Quoting::Single);
    if (m_parts->isEmpty() || m_parts->last().kind != JailConfValue::Part::Kind::Text)
        m_parts->append({JailConfValue::Part::Kind::Text, {}});
    m_at = open + 1;
    qsizetype runStart = m_at;
    while (m_at < close) {
        const QChar c = m_text[m_at];
        if (c == u'\\' || (c == u'$' && quote == u'"')) {
            addText(m_text.sliced(runStart, m_at - runStart));
            if (c == u'\\')
                scanEscape(close);
            else
                scanVariable(true, close);
            runStart = m_at;
        } else {
            ++m_at;
        }
    }
    addText(m_text.sliced(runStart, close - runStart));
    m_at = close + 1;
}

void JailConfLexer::scanWord()
{
    const qsizetype size = m_text.size();
    while (m_at < size) {
        const QChar c = m_text[m_at];
        if (isAtom(c)) {
            const qsizetype start = m_at;
            while (m_at < size && isAtom(m_text[m_at]))
                ++m_at;
            markQuoting(JailConfValue::Quoting::None);
            addText(m_text.sliced(start, m_at - start));
            continue;
        }
        switch (c.unicode()) {
        case '"':
        case '\'':
            scanQuoted(c);
            continue;
        case '\\':
            markQuoting(JailConfValue::Quoting::None);
            if (m_parts->isEmpty())
                m_parts->append({JailConfValue::Part::Kind::Text, {}});
            scanEscape(size);
            continue;
        case '$':
            markQuoting(JailConfValue::Quoting::None);
            scanVariable(false, size);
            continue;
        case '*':
            markQuoting(JailConfValue::Quoting::None);
            addText(c);
            ++m_at;
            continue;
        case '+':
            if (m_at + 1 < size && m_text[m_at + 1] == u'=')
                return;
            markQuoting(JailConfValue::Quoting::None);
            addText(c);
            ++m_at;
            continue;
        case '/':
            if (m_at + 1 < size && (m_text[m_at + 1] == u'/' || m_text[m_at + 1] == u'*'))
                return;
            markQuoting(JailConfValue::Quoting::None);
            addText(c);
            ++m_at;
            continue;
        default:
            return;
        }
    }
}
