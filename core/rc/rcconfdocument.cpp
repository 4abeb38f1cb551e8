#include "rcconfdocument.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r';
}

bool isNameStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9');
}

// Characters that end an unquoted sh word.
bool isWordEnd(QChar c)
{
    return isBlank(c) || c == u'\n' || c == u';' || c == u'&' || c == u'|' || c == u'(' || c == u')'
        || c == u'<' || c == u'>';
}

// A word of a sh(1) command line as far as rc.conf files need: quote removal,
// backslash escapes, `$name`/`${name}` references; anything that would need
// sh to run is flagged as not understood.
struct Word
{
    Span span;
    QList<RcAssignment::Part> parts;
    bool understood = true;
    qsizetype nameLength = 0; // > 0: an assignment `name=`, parts are the value

    void appendLiteral(QStringView text)
    {
        if (parts.isEmpty() || parts.last().variable)
            parts.append(RcAssignment::Part());
        parts.last().text += text;
    }
};

class Lexer
{
public:
    Lexer(const QString &text, const LineIndex &lines, const QString &path,
          QList<Diagnostic> &diagnostics)
        : m_text(text)
        , m_lines(lines)
        , m_path(path)
        , m_diagnostics(diagnostics)
    { }

    Word readWord(qsizetype &pos)
    {
        Word word;
        word.span.begin = pos;
        qsizetype name = pos;
        while (name < m_text.size()
               && (name == pos ? isNameStart(m_text[name]) : isNameChar(m_text[name])))
            ++name;
        if (name > pos && name < m_text.size() && m_text[name] == u'=') {
            word.nameLength = name - pos;
            pos = name + 1;
        }
        while (pos < m_text.size() && !isWordEnd(m_text[pos])) {
            const QChar c = m_text[pos];
            if (c == u'\\') {
                if (pos + 1 < m_text.size() && m_text[pos + 1] != u'\n')
                    word.appendLiteral(QStringView(m_text).sliced(pos + 1, 1));
                pos += 2;
            } else if (c == u'\'') {
                const qsizetype close = m_text.indexOf(u'\'', pos + 1);
                if (close < 0) {
                    error(pos, u"unterminated single-quoted string"_s);
                    word.appendLiteral(QStringView(m_text).sliced(pos + 1));
                    pos = m_text.size();
                } else {
                    word.appendLiteral(QStringView(m_text).sliced(pos + 1, close - pos - 1));
                    pos = close + 1;
                }
            } else if (c == u'"') {
                readDoubleQuoted(pos, word);
            } else if (c == u'$') {
                readExpansion(pos, word);
            } else if (c == u'`') {
                readBackquoted(pos, word);
            } else {
                word.appendLiteral(QStringView(m_text).sliced(pos, 1));
                ++pos;
            }
        }
        word.span.end = qMin(pos, m_text.size());
        return word;
    }

    void error(qsizetype offset, const QString &message,
               Diagnostic::Severity severity = Diagnostic::Severity::Error)
    {
        const auto position = m_lines.position(offset);
        m_diagnostics.append({severity, m_path, position.line, position.column, message});
    }

private:
    void readDoubleQuoted(qsizetype &pos, Word &word)
    {
        const qsizetype open = pos++;
        while (pos < m_text.size() && m_text[pos] != u'"') {
            const QChar c = m_text[pos];
            if (c == u'\\' && pos + 1 < m_text.size()) {
                const QChar next = m_text[pos + 1];
                if (next == u'$' || next == u'`' || next == u'"' || next == u'\\')
                    word.appendLiteral(QStringView(m_text).sliced(pos + 1, 1));
                else if (next != u'\n')
                    word.appendLiteral(QStringView(m_text).sliced(pos, 2));
                pos += 2;
            } else if (c == u'$') {
                readExpansion(pos, word);
            } else if (c == u'`') {
                readBackquoted(pos, word);
            } else {
                word.appendLiteral(QStringView(m_text).sliced(pos, 1));
                ++pos;
            }
        }
        if (pos >= m_text.size())
            error(open, u"unterminated double-quoted string"_s);
        else
            ++pos;
    }

    void readExpansion(qsizetype &pos, Word &word)
    {
        const qsizetype start = pos;
        if (pos + 1 >= m_text.size()) {
            word.appendLiteral(u"$");
            ++pos;
            return;
        }
        const QChar next = m_text[pos + 1];
        if (isNameStart(next)) {
            qsizetype end = pos + 1;
            while (end < m_text.size() && isNameChar(m_text[end]))
                ++end;
            word.parts.append({m_text.sliced(pos + 1, end - pos - 1), true});
            pos = end;
        } else if (next == u'{') {
            const qsizetype close = m_text.indexOf(u'}', pos + 2);
            if (close < 0) {
                error(start, u"unterminated ${...} expansion"_s);
                pos = m_text.size();
                word.understood = false;
                return;
            }
            const QString inner = m_text.sliced(pos + 2, close - pos - 2);
            static const QRegularExpression plainName(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
            if (plainName.match(inner).hasMatch())
                word.parts.append({inner, true});
            else
                word.understood = false;
            pos = close + 1;
        } else if (next == u'(') {
            int depth = 0;
            qsizetype end = pos + 1;
            for (; end < m_text.size(); ++end) {
                if (m_text[end] == u'(')
                    ++depth;
                else if (m_text[end] == u')' && --depth == 0)
                    break;
            }
            if (end >= m_text.size())
                error(start, u"unterminated $(...) command substitution"_s);
            word.understood = false;
            pos = qMin(end + 1, m_text.size());
        } else if (next.isDigit() || QStringView(u"@*#?-$!").contains(next)) {
            word.understood = false;
            pos += 2;
        } else {
            word.appendLiteral(u"$");
            ++pos;
        }
    }

    void readBackquoted(qsizetype &pos, Word &word)
    {
        const qsizetype close = m_text.indexOf(u'`', pos + 1);
        if (close < 0)
            error(pos, u"unterminated `...` command substitution"_s);
        word.understood = false;
        pos = close < 0 ? m_text.size() : close + 1;
    }

    const QString &m_text;
    const LineIndex &m_lines;
    const QString &m_path;
    QList<Diagnostic> &m_diagnostics;
};

QString escapedForDoubleQuotes(const QString &value)
{
    QString result;
    result.reserve(value.size());
    for (const QChar c : value) {
        if (c == u'"' || c == u'\\' || c == u'$' || c == u'`')
            result += u'\\';
        result += c;
    }
    return result;
}

bool isBareWordSafe(const QString &value)
{
    static const QRegularExpression safe(u"^[A-Za-z0-9_./:,+@%=-]+$"_s);
    return safe.match(value).hasMatch();
}

} // namespace

RcConfDocument::RcConfDocument(SourceFile file)
    : m_file(std::move(file))
    , m_lines(m_file.text())
{
    parse();
}

RcConfDocument RcConfDocument::fromText(const QString &path, const QString &text)
{
    return RcConfDocument(SourceFile(path, text));
}

void RcConfDocument::parse()
{
    const QString &text = m_file.text();
    Lexer lexer(text, m_lines, m_file.path(), m_diagnostics);
    QList<Word> words;

    const auto finishStatement = [&] {
        qsizetype firstCommand = 0;
        while (firstCommand < words.size() && words[firstCommand].nameLength > 0)
            ++firstCommand;
        if (firstCommand < words.size()) {
            // Assignments before a command only set its environment.
            lexer.error(words[firstCommand].span.begin,
                        u"only variable assignments are read from rc.conf; this command is "
                        "ignored"_s,
                        Diagnostic::Severity::Warning);
        } else {
            for (const Word &word : std::as_const(words)) {
                RcAssignment assignment;
                assignment.name = text.sliced(word.span.begin, word.nameLength);
                assignment.parts = word.parts;
                assignment.understood = word.understood;
                assignment.nameSpan = {word.span.begin, word.span.begin + word.nameLength};
                assignment.valueSpan = {assignment.nameSpan.end + 1, word.span.end};
                assignment.statementSpan = word.span;
                const auto position = m_lines.position(word.span.begin);
                assignment.line = position.line;
                assignment.column = position.column;
                if (!assignment.valueSpan.isEmpty()) {
                    const QChar first = text[assignment.valueSpan.begin];
                    if (first == u'"' || first == u'\'')
                        assignment.quote = first;
                }
                if (!assignment.understood) {
                    lexer.error(assignment.valueSpan.begin,
                                u"the value of %1 needs sh(1) to evaluate; it is not "
                                "interpreted"_s.arg(assignment.name),
                                Diagnostic::Severity::Warning);
                }
                m_assignments.append(std::move(assignment));
            }
        }
        words.clear();
    };

    qsizetype pos = 0;
    while (pos < text.size()) {
        const QChar c = text[pos];
        if (isBlank(c)) {
            ++pos;
        } else if (c == u'\\' && pos + 1 < text.size() && text[pos + 1] == u'\n') {
            pos += 2;
        } else if (c == u'#') {
            const qsizetype end = text.indexOf(u'\n', pos);
            pos = end < 0 ? text.size() : end;
        } else if (c == u'\n' || c == u';' || c == u'&' || c == u'|') {
            finishStatement();
            ++pos;
        } else if (c == u'(' || c == u')' || c == u'<' || c == u'>') {
            lexer.error(pos, u"shell syntax beyond assignments is not interpreted"_s,
                        Diagnostic::Severity::Warning);
            words.clear();
            const qsizetype end = text.indexOf(u'\n', pos);
            pos = end < 0 ? text.size() : end;
        } else {
            words.append(lexer.readWord(pos));
        }
    }
    finishStatement();
}

const RcAssignment *RcConfDocument::lastAssignment(const QString &name) const
{
    for (auto it = m_assignments.crbegin(); it != m_assignments.crend(); ++it) {
        if (it->name == name)
            return &*it;
    }
    return nullptr;
}

QHash<QString, QString> RcConfDocument::evaluate(QHash<QString, QString> environment) const
{
    for (const RcAssignment &assignment : m_assignments) {
        QString value;
        for (const RcAssignment::Part &part : assignment.parts)
            value += part.variable ? environment.value(part.text) : part.text;
        environment.insert(assignment.name, value);
    }
    return environment;
}

QChar RcConfDocument::dominantQuote() const
{
    int doubles = 0;
    int singles = 0;
    for (const RcAssignment &assignment : m_assignments) {
        if (assignment.quote == u'"')
            ++doubles;
        else if (assignment.quote == u'\'')
            ++singles;
    }
    return singles > doubles ? u'\'' : u'"';
}

QString RcConfDocument::quotedValue(const QString &value, QChar preferredQuote) const
{
    if (preferredQuote.isNull() && isBareWordSafe(value))
        return value;
    if (preferredQuote == u'\'' && !value.contains(u'\''))
        return u'\'' + value + u'\'';
    return u'"' + escapedForDoubleQuotes(value) + u'"';
}

qsizetype RcConfDocument::appendOffset(const QStringList &nearNames) const
{
    const QString &text = m_file.text();
    for (auto it = m_assignments.crbegin(); it != m_assignments.crend(); ++it) {
        if (!nearNames.contains(it->name))
            continue;
        const qsizetype newline = text.indexOf(u'\n', it->statementSpan.end);
        return newline < 0 ? text.size() : newline + 1;
    }
    return text.size();
}

QList<TextEdit> RcConfDocument::setValueEdits(const QString &name, const QString &value,
                                              const QStringList &nearNames) const
{
    const RcAssignment *last = lastAssignment(name);
    if (last && last->understood
        && (last->valueSpan.isEmpty() || last->quote == u'"' || last->quote == u'\''
            || last->isLiteral())) {
        const QChar quote = last->valueSpan.isEmpty() ? dominantQuote() : last->quote;
        const QString replacement = quotedValue(value, quote);
        if (m_file.text().sliced(last->valueSpan.begin, last->valueSpan.length()) == replacement)
            return {};
        return {{last->valueSpan, replacement}};
    }
    const QString &text = m_file.text();
    const qsizetype at = last ? text.size() : appendOffset(nearNames);
    QString line = name + u'=' + quotedValue(value, dominantQuote()) + u'\n';
    if (at > 0 && text[at - 1] != u'\n')
        line.prepend(u'\n');
    return {{{at, at}, line}};
}

QList<TextEdit> RcConfDocument::removeVariableEdits(const QString &name) const
{
    const QString &text = m_file.text();
    QList<TextEdit> edits;
    for (const RcAssignment &assignment : m_assignments) {
        if (assignment.name != name)
            continue;
        const qsizetype lineStart = m_lines.lineStart(assignment.line);
        qsizetype after = assignment.statementSpan.end;
        while (after < text.size() && isBlank(text[after]))
            ++after;
        if (after < text.size() && text[after] == u'#') {
            const qsizetype newline = text.indexOf(u'\n', after);
            after = newline < 0 ? text.size() : newline;
        }
        const bool aloneBefore = QStringView(text)
                                     .sliced(lineStart, assignment.statementSpan.begin - lineStart)
                                     .trimmed()
                                     .isEmpty();
        if (aloneBefore && (after == text.size() || text[after] == u'\n')) {
            edits.append(TextEdit {{lineStart, qMin(after + 1, text.size())}, {}});
            continue;
        }
        // Shares its line: drop the statement and the blanks (or `;`) after it.
        qsizetype end = assignment.statementSpan.end;
        while (end < text.size() && isBlank(text[end]))
            ++end;
        if (end < text.size() && text[end] == u';') {
            ++end;
            while (end < text.size() && isBlank(text[end]))
                ++end;
        }
        edits.append(TextEdit {{assignment.statementSpan.begin, end}, {}});
    }
    return edits;
}

QList<TextEdit> RcConfDocument::appendWordsEdits(const QString &name,
                                                 const QStringList &words) const
{
    const RcAssignment *last = lastAssignment(name);
    if (!last || !last->understood || words.isEmpty())
        return {};
    const QString &text = m_file.text();
    const QStringView raw =
        QStringView(text).sliced(last->valueSpan.begin, last->valueSpan.length());
    const bool quoted = !last->quote.isNull() && raw.size() >= 2 && raw.endsWith(last->quote);
    if (!quoted && !raw.isEmpty())
        return {};
    if (!quoted) {
        return {{last->valueSpan, quotedValue(words.join(u' '), dominantQuote())}};
    }
    const QString inner = raw.sliced(1, raw.size() - 2).toString();
    if (last->quote == u'\'' && words.join(QString()).contains(u'\''))
        return {};
    const QString joined =
        last->quote == u'"' ? escapedForDoubleQuotes(words.join(u' ')) : words.join(u' ');
    const bool needsBlank = !inner.isEmpty() && !inner.back().isSpace();
    const qsizetype at = last->valueSpan.end - 1;
    return {{{at, at}, (needsBlank ? u" "_s : QString()) + joined}};
}

QList<TextEdit> RcConfDocument::removeWordEdits(const QString &name, const QString &word) const
{
    const RcAssignment *last = lastAssignment(name);
    if (!last || word.isEmpty())
        return {};
    const QString &text = m_file.text();
    const qsizetype begin = last->valueSpan.begin + (last->quote.isNull() ? 0 : 1);
    const qsizetype end = last->valueSpan.end - (last->quote.isNull() ? 0 : 1);
    const QRegularExpression pattern(
        u"(?<![^\\s])%1(?![^\\s])"_s.arg(QRegularExpression::escape(word)));
    const auto match = pattern.matchView(QStringView(text).sliced(begin, end - begin));
    if (!match.hasMatch())
        return {};
    qsizetype from = begin + match.capturedStart();
    qsizetype to = begin + match.capturedEnd();
    if (to < end && isBlank(text[to]))
        ++to;
    else if (from > begin && isBlank(text[from - 1]))
        --from;
    return {{{from, to}, {}}};
}
