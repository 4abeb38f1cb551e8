#include "pflexer.h"

PfLexer::PfLexer(QStringView text, qsizetype base)
    : m_text(text)
    , m_base(base)
{ }

// pfctl's allowed_in_string(): letters, digits and punctuation other than the
// characters that are tokens of their own.
bool PfLexer::isWordCharacter(QChar c)
{
    const char16_t u = c.unicode();
    if (u > 0x7f)
        return false;
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9'))
        return true;
    switch (u) {
    case '(':
    case ')':
    case '{':
    case '}':
    case '<':
    case '>':
    case '!':
    case '=':
    case '/':
    case '#':
    case ',':
    case '"':
    case '\'':
        return false;
    default:
        return u > 0x20 && u < 0x7f;
    }
}

qsizetype PfLexer::skipTrivia()
{
    const qsizetype size = m_text.size();
    while (m_pos < size) {
        const QChar c = m_text[m_pos];
        if (c == u' ' || c == u'\t') {
            ++m_pos;
        } else if (c == u'\\' && m_pos + 1 < size && m_text[m_pos + 1] == u'\n') {
            m_pos += 2;
        } else if (c == u'\\' && m_pos + 2 < size && m_text[m_pos + 1] == u'\r'
                   && m_text[m_pos + 2] == u'\n') {
            m_pos += 3;
        } else if (c == u'#') {
            // A comment runs to the newline; pfctl's lgetc() joins continued lines first.
            while (m_pos < size) {
                const QChar d = m_text[m_pos];
                if (d == u'\n' || (d == u'\r' && m_pos + 1 < size && m_text[m_pos + 1] == u'\n'))
                    break;
                if (d == u'\\' && m_pos + 1 < size && m_text[m_pos + 1] == u'\n')
                    m_pos += 2;
                else
                    ++m_pos;
            }
        } else {
            break;
        }
    }
    return m_pos;
}

bool PfLexer::next(Token &token)
{
    const qsizetype triviaStart = m_pos;
    skipTrivia();
    const qsizetype size = m_text.size();
    if (m_pos >= size) {
        m_trailing = {m_base + triviaStart, m_base + m_pos};
        return false;
    }
    const qsizetype start = m_pos;
    const QChar c = m_text[m_pos];
    const auto peek = [&](qsizetype ahead) {
        return m_pos + ahead < size ? m_text[m_pos + ahead] : QChar();
    };
    PfTokenKind kind = PfTokenKind::Invalid;
    qsizetype length = 1;
    switch (c.unicode()) {
    case '\n':
        kind = PfTokenKind::Newline;
        break;
    case '\r':
        if (peek(1) == u'\n') {
            kind = PfTokenKind::Newline;
            length = 2;
        }
        break;
    case '{':
        kind = PfTokenKind::LeftBrace;
        break;
    case '}':
        kind = PfTokenKind::RightBrace;
        break;
    case '(':
        kind = PfTokenKind::LeftParen;
        break;
    case ')':
        kind = PfTokenKind::RightParen;
        break;
    case ',':
        kind = PfTokenKind::Comma;
        break;
    case '=':
        kind = PfTokenKind::Equal;
        break;
    case '/':
        kind = PfTokenKind::Slash;
        break;
    case '!':
        kind = peek(1) == u'=' ? PfTokenKind::NotEqual : PfTokenKind::Bang;
        length = kind == PfTokenKind::NotEqual ? 2 : 1;
        break;
    case '<':
        if (peek(1) == u'>') {
            kind = PfTokenKind::OuterRange;
            length = 2;
        } else if (peek(1) == u'=') {
            kind = PfTokenKind::LessEqual;
            length = 2;
        } else {
            kind = PfTokenKind::Less;
        }
        break;
    case '>':
        if (peek(1) == u'<') {
            kind = PfTokenKind::InnerRange;
            length = 2;
        } else if (peek(1) == u'=') {
            kind = PfTokenKind::GreaterEqual;
            length = 2;
        } else {
            kind = PfTokenKind::Greater;
        }
        break;
    case '"':
    case '\'': {
        kind = PfTokenKind::QuotedString;
        qsizetype p = m_pos + 1;
        bool closed = false;
        while (p < size) {
            const QChar d = m_text[p];
            if (d == c) {
                closed = true;
                ++p;
                break;
            }
            if (d == u'\n')
                break;
            if (d == u'\\' && p + 1 < size && m_text[p + 1] != u'\r')
                p += 2;
            else
                ++p;
        }
        if (p > size)
            p = size;
        if (!closed)
            m_unterminated.append(m_base + m_pos);
        length = p - m_pos;
        break;
    }
    case '-':
        if (peek(1) == u'>') {
            kind = PfTokenKind::Arrow;
            length = 2;
            break;
        }
        if (!peek(1).isDigit()) {
            kind = PfTokenKind::Minus;
            break;
        }
        [[fallthrough]];
    default:
        if (c == u'$' || isWordCharacter(c)) {
            kind = PfTokenKind::Word;
            qsizetype p = m_pos + 1;
            while (p < size && isWordCharacter(m_text[p]))
                ++p;
            length = p - m_pos;
        }
        break;
    }
    m_pos = start + length;
    token.kind = int(kind);
    token.trivia = {m_base + triviaStart, m_base + start};
    token.text = {m_base + start, m_base + m_pos};
    return true;
}
