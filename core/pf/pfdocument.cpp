#include "pfdocument.h"

#include "pflexer.h"

using namespace Qt::StringLiterals;

namespace {

PfStatement::Kind kindOf(QStringView first, QStringView second, bool secondIsEqual)
{
    using Kind = PfStatement::Kind;
    if (secondIsEqual)
        return Kind::Macro;
    if (first == u"pass" || first == u"block" || first == u"match" || first == u"antispoof")
        return Kind::Filter;
    if (first == u"table")
        return Kind::Table;
    if (first == u"set")
        return Kind::Option;
    if (first == u"scrub")
        return Kind::Scrub;
    if (first == u"nat")
        return Kind::Nat;
    if (first == u"binat")
        return Kind::Binat;
    if (first == u"rdr")
        return Kind::Rdr;
    if (first == u"no")
        return second == u"nat"  ? Kind::Nat
            : second == u"rdr"   ? Kind::Rdr
            : second == u"binat" ? Kind::Binat
                                 : Kind::Invalid;
    if (first == u"anchor")
        return Kind::Anchor;
    if (first == u"nat-anchor")
        return Kind::NatAnchor;
    if (first == u"rdr-anchor")
        return Kind::RdrAnchor;
    if (first == u"binat-anchor")
        return Kind::BinatAnchor;
    if (first == u"load")
        return Kind::LoadAnchor;
    if (first == u"include")
        return Kind::Include;
    if (first == u"ether")
        return Kind::Ether;
    if (first == u"altq" || first == u"queue")
        return Kind::Queue;
    if ((first == u"state" || first == u"source") && second == u"limiter")
        return Kind::Limiter;
    return Kind::Invalid;
}

bool isAnchorKind(PfStatement::Kind kind)
{
    using Kind = PfStatement::Kind;
    return kind == Kind::Anchor || kind == Kind::NatAnchor || kind == Kind::RdrAnchor
        || kind == Kind::BinatAnchor;
}

// Words after which `{` opens a list, not an anchor body.
bool opensList(QStringView previous)
{
    static const QStringView words[] = {u"from", u"to",    u"port",      u"proto",      u"on",
                                        u"user", u"group", u"icmp-type", u"icmp6-type", u"label"};
    for (QStringView w : words) {
        if (previous == w)
            return true;
    }
    return false;
}

} // namespace

PfDocument PfDocument::parse(QString text, QString path)
{
    PfDocument doc;
    doc.m_text = std::move(text);
    doc.m_path = std::move(path);
    doc.m_lines = LineIndex(doc.m_text);

    PfLexer lexer(doc.m_text);
    Token token;
    doc.m_tokens.reserve(doc.m_text.size() / 10);
    while (lexer.next(token))
        doc.m_tokens.append(token);
    doc.m_trailingTrivia = lexer.trailingTrivia();

    const auto error = [&doc](qsizetype offset, const QString &message) {
        const auto pos = doc.position(offset);
        doc.m_diagnostics.append(
            {Diagnostic::Severity::Error, doc.m_path, pos.line, pos.column, message});
    };
    for (qsizetype offset : lexer.unterminatedStrings())
        error(offset, u"unterminated quoted string"_s);

    QList<int> anchorStack;
    const qsizetype count = doc.m_tokens.size();
    qsizetype i = 0;
    while (i < count) {
        if (PfTokenKind(doc.m_tokens[i].kind) == PfTokenKind::Newline) {
            ++i;
            continue;
        }
        PfStatement statement;
        statement.firstToken = i;
        statement.parent = anchorStack.isEmpty() ? -1 : anchorStack.last();
        const Token &first = doc.m_tokens[i];
        statement.line = doc.position(first.text.begin).line;
        statement.keyword = doc.textOf(first).toString();

        if (PfTokenKind(first.kind) == PfTokenKind::RightBrace && !anchorStack.isEmpty()) {
            statement.kind = PfStatement::Kind::AnchorEnd;
            statement.endToken = i + 1;
            statement.span = first.text;
            anchorStack.removeLast();
            doc.m_statements.append(statement);
            i = statement.endToken;
            continue;
        }

        const bool secondIsEqual =
            i + 1 < count && PfTokenKind(doc.m_tokens[i + 1].kind) == PfTokenKind::Equal;
        const QStringView second = i + 1 < count ? doc.textOf(doc.m_tokens[i + 1]) : QStringView();
        statement.kind = PfTokenKind(first.kind) == PfTokenKind::Word
            ? kindOf(doc.textOf(first), second, secondIsEqual)
            : PfStatement::Kind::Invalid;
        bool opensBody = false;
        int depth = 0;
        qsizetype j = i;
        for (; j < count; ++j) {
            const auto kind = PfTokenKind(doc.m_tokens[j].kind);
            if (kind == PfTokenKind::Newline && depth == 0)
                break;
            if (kind == PfTokenKind::LeftBrace) {
                const bool nextIsNewline =
                    j + 1 >= count || PfTokenKind(doc.m_tokens[j + 1].kind) == PfTokenKind::Newline;
                if (depth == 0 && isAnchorKind(statement.kind) && nextIsNewline
                    && !opensList(doc.textOf(doc.m_tokens[j - 1]))) {
                    opensBody = true;
                    ++j;
                    break;
                }
                ++depth;
            } else if (kind == PfTokenKind::RightBrace) {
                if (depth == 0) {
                    // A `}` closing an anchor body right after a rule: leave it for the next
                    // statement.
                    if (!anchorStack.isEmpty())
                        break;
                    error(doc.m_tokens[j].text.begin, u"syntax error"_s);
                } else {
                    --depth;
                }
            }
        }
        statement.endToken = j;
        qsizetype last = j - 1;
        while (last > i && PfTokenKind(doc.m_tokens[last].kind) == PfTokenKind::Newline)
            --last;
        statement.span = {first.text.begin, doc.m_tokens[last].text.end};
        if (depth > 0)
            error(first.text.begin, u"syntax error"_s);
        doc.m_statements.append(statement);
        if (opensBody)
            anchorStack.append(int(doc.m_statements.size() - 1));
        i = j;
    }
    for (int open : std::as_const(anchorStack))
        error(doc.m_statements[open].span.begin, u"syntax error"_s);
    return doc;
}

bool PfDocument::hasErrors() const
{
    for (const Diagnostic &d : m_diagnostics) {
        if (d.isError())
            return true;
    }
    return false;
}

QStringView PfDocument::textOf(Span span) const
{
    return QStringView(m_text).mid(span.begin, span.length());
}

QString PfDocument::toText() const
{
    QString out;
    out.reserve(m_text.size());
    for (const Token &token : m_tokens)
        out += textOf(token.full());
    out += textOf(m_trailingTrivia);
    return out;
}
