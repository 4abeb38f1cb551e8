#include "jailconfparser.h"

using namespace Qt::StringLiterals;

namespace {

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

// Where the line holding `offset` starts, if only blanks stand before `offset` on it.
qsizetype ownedLineStart(QStringView text, qsizetype offset)
{
    qsizetype at = offset;
    while (at > 0 && isBlank(text[at - 1]))
        --at;
    return at == 0 || text[at - 1] == u'\n' ? at : -1;
}

// Just past the newline ending the line holding `offset`, if only blanks and a
// line comment follow `offset` on it.
qsizetype ownedLineEnd(QStringView text, qsizetype offset)
{
    qsizetype at = offset;
    const qsizetype size = text.size();
    while (at < size && (isBlank(text[at]) || text[at] == u'\r'))
        ++at;
    if (at < size && (text[at] == u'#' || text.sliced(at).startsWith(u"//"))) {
        while (at < size && text[at] != u'\n')
            ++at;
    }
    if (at == size)
        return size;
    return text[at] == u'\n' ? at + 1 : -1;
}

Span wholeLines(QStringView text, Span span)
{
    const qsizetype begin = ownedLineStart(text, span.begin);
    const qsizetype end = ownedLineEnd(text, span.end);
    if (begin < 0 || end < 0)
        return span;
    return {begin, end};
}

bool isCommentLine(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    return trimmed.startsWith(u'#') || trimmed.startsWith(u"//")
        || (trimmed.startsWith(u"/*") && trimmed.endsWith(u"*/"));
}

} // namespace

JailConfParser::JailConfParser(JailConfDocument &document)
    : m_document(document)
    , m_text(document.text())
    , m_lexer(m_text)
{ }

void JailConfParser::error(qsizetype offset, const QString &message)
{
    const LineIndex::Position position = m_document.m_lines.position(offset);
    // One error per line: what follows an unterminated string is noise.
    if (!m_document.m_diagnostics.isEmpty()
        && m_document.m_diagnostics.last().line == position.line)
        return;
    m_document.m_diagnostics.append(
        {Diagnostic::Severity::Error, m_document.path(), position.line, position.column, message});
}

void JailConfParser::errorAtToken(const QString &message)
{
    error(m_token.text.begin, message);
}

QString JailConfParser::describeToken() const
{
    switch (JailConfTokenKind(m_token.kind)) {
    case JailConfTokenKind::End:
        return u"end of file"_s;
    case JailConfTokenKind::Word:
        return u"\"%1\""_s.arg(m_text.sliced(m_token.text.begin, m_token.text.length()));
    default:
        return u"'%1'"_s.arg(m_text.sliced(m_token.text.begin, m_token.text.length()));
    }
}

void JailConfParser::advance()
{
    if (!m_token.text.isEmpty() || m_token.kind != int(JailConfTokenKind::End))
        m_lastEnd = qMax(m_lastEnd, m_token.text.end);
    if (m_hasPeek) {
        m_token = m_peek;
        m_parts = std::move(m_peekParts);
        m_quoting = m_peekQuoting;
        m_hasPeek = false;
        return;
    }
    if (at(JailConfTokenKind::End) && !m_document.m_tokens.isEmpty())
        return;
    m_token = m_lexer.next();
    m_parts = m_lexer.parts();
    m_quoting = m_lexer.quoting();
    m_document.m_tokens.append(m_token);
    for (const JailConfLexer::Problem &problem : m_lexer.takeProblems())
        error(problem.offset, problem.message);
}

bool JailConfParser::startsSection() const
{
    if (!at(JailConfTokenKind::Word))
        return false;
    auto *self = const_cast<JailConfParser *>(this);
    if (!m_hasPeek) {
        self->m_peek = self->m_lexer.next();
        self->m_peekParts = m_lexer.parts();
        self->m_peekQuoting = m_lexer.quoting();
        self->m_hasPeek = true;
        self->m_document.m_tokens.append(m_peek);
        for (const JailConfLexer::Problem &problem : self->m_lexer.takeProblems())
            self->error(problem.offset, problem.message);
    }
    return m_peek.kind == int(JailConfTokenKind::OpenBrace);
}

JailConfValue JailConfParser::takeValue() const
{
    return {m_token.text, m_quoting, m_parts};
}

void JailConfParser::run()
{
    m_token.kind = int(JailConfTokenKind::End);
    advance();
    while (!at(JailConfTokenKind::End)) {
        if (at(JailConfTokenKind::Semicolon)) {
            advance();
        } else if (startsSection()) {
            parseSection();
        } else if (at(JailConfTokenKind::Word)) {
            parseStatement(-1);
        } else if (at(JailConfTokenKind::CloseBrace)) {
            errorAtToken(u"unexpected '}' outside a jail definition"_s);
            advance();
        } else if (at(JailConfTokenKind::Invalid)) {
            advance(); // the lexer reported it
        } else {
            errorAtToken(
                u"expected a parameter or a jail definition, found %1"_s.arg(describeToken()));
            skipToStatementEnd(false);
        }
    }
}

void JailConfParser::skipToStatementEnd(bool inSection)
{
    while (!at(JailConfTokenKind::End)) {
        if (at(JailConfTokenKind::Semicolon)) {
            advance();
            return;
        }
        if (at(JailConfTokenKind::CloseBrace)) {
            if (!inSection)
                advance();
            return;
        }
        if (startsSection())
            return;
        advance();
    }
}

void JailConfParser::parseSection()
{
    JailConfSection section;
    const JailConfValue name = takeValue();
    section.name = name.unquoted();
    section.nameSpan = name.span;
    const LineIndex::Position position = m_document.m_lines.position(name.span.begin);
    section.line = position.line;
    section.column = position.column;
    if (name.hasVariables())
        error(name.span.begin, u"a jail name cannot contain variables"_s);
    advance();
    section.openBrace = m_token.text;
    advance();
    const int index = int(m_document.m_sections.size());
    m_document.m_items.append({JailConfItem::Kind::Section, index});
    m_document.m_sections.append(section);
    section.firstStatement = int(m_document.m_statements.size());
    while (true) {
        if (at(JailConfTokenKind::CloseBrace)) {
            section.closeBrace = m_token.text;
            advance();
            break;
        }
        if (at(JailConfTokenKind::End)) {
            error(m_token.text.begin,
                  u"expected '}' to close jail \"%1\" (opened on line %2)"_s.arg(section.name)
                      .arg(section.line));
            break;
        }
        if (at(JailConfTokenKind::Semicolon)) {
            advance();
        } else if (startsSection()) {
            errorAtToken(u"expected '}' to close jail \"%1\" (opened on line %2) before jail %3"_s
                             .arg(section.name)
                             .arg(section.line)
                             .arg(describeToken()));
            break;
        } else if (at(JailConfTokenKind::Word)) {
            parseStatement(index);
        } else if (at(JailConfTokenKind::Invalid)) {
            advance();
        } else {
            errorAtToken(u"expected a parameter or '}', found %1"_s.arg(describeToken()));
            skipToStatementEnd(true);
        }
    }
    section.statementCount = int(m_document.m_statements.size()) - section.firstStatement;
    section.body = {section.openBrace.end,
                    section.closeBrace.isEmpty() ? m_lastEnd : section.closeBrace.begin};
    section.span = {section.nameSpan.begin, m_lastEnd};
    finishSectionSpans(section);
    m_document.m_sections[index] = std::move(section);
}

void JailConfParser::finishSectionSpans(JailConfSection &section) const
{
    section.lineSpan = wholeLines(m_text, section.span);
    qsizetype commentStart = section.lineSpan.begin;
    if (commentStart == section.span.begin && ownedLineStart(m_text, commentStart) < 0)
        commentStart = -1;
    if (commentStart >= 0) {
        qsizetype top = commentStart;
        while (top > 0) {
            const qsizetype previousStart = top >= 2 ? m_text.lastIndexOf(u'\n', top - 2) + 1 : 0;
            if (!isCommentLine(m_text.sliced(previousStart, top - 1 - previousStart)))
                break;
            top = previousStart;
        }
        section.leadingComments = {top, commentStart};
    }
    for (int i = section.firstStatement; i < section.firstStatement + section.statementCount; ++i) {
        const JailConfStatement &statement = m_document.m_statements[i];
        const qsizetype lineStart = ownedLineStart(m_text, statement.span.begin);
        if (lineStart >= 0) {
            section.indentation =
                m_text.sliced(lineStart, statement.span.begin - lineStart).toString();
            break;
        }
    }
}

void JailConfParser::finishStatementSpans(JailConfStatement &statement) const
{
    statement.span = {statement.nameSpan.begin, m_lastEnd};
    statement.lineSpan = wholeLines(m_text, statement.span);
}

void JailConfParser::parseStatement(int section)
{
    JailConfStatement statement;
    const JailConfValue name = takeValue();
    statement.section = section;
    statement.nameSpan = name.span;
    statement.name = name.unquoted();
    const LineIndex::Position position = m_document.m_lines.position(name.span.begin);
    statement.line = position.line;
    statement.column = position.column;
    if (name.quoting == JailConfValue::Quoting::None && name.parts.size() == 1
        && name.parts.first().kind == JailConfValue::Part::Kind::Variable) {
        statement.kind = JailConfStatement::Kind::Variable;
        statement.name = name.parts.first().text;
    } else if (name.quoting == JailConfValue::Quoting::None && statement.name == u".include") {
        statement.kind = JailConfStatement::Kind::Include;
    } else if (name.hasVariables()) {
        error(name.span.begin, u"a parameter name cannot contain variables"_s);
    }
    advance();

    bool ok = true;
    if (at(JailConfTokenKind::Assign) || at(JailConfTokenKind::Append)) {
        statement.op = at(JailConfTokenKind::Assign) ? JailConfStatement::Operator::Assign
                                                     : JailConfStatement::Operator::Append;
        statement.operatorSpan = m_token.text;
        advance();
        if (!at(JailConfTokenKind::Word)) {
            errorAtToken(u"expected a value after '%1', found %2"_s.arg(
                statement.op == JailConfStatement::Operator::Assign ? u"="_s : u"+="_s,
                describeToken()));
            ok = false;
        }
    }
    if (ok && at(JailConfTokenKind::Word)) {
        while (true) {
            statement.values.append(takeValue());
            advance();
            if (!at(JailConfTokenKind::Comma))
                break;
            advance();
            if (!at(JailConfTokenKind::Word)) {
                errorAtToken(u"expected a value after ',', found %1"_s.arg(describeToken()));
                ok = false;
                break;
            }
        }
    }
    if (ok) {
        if (at(JailConfTokenKind::Semicolon)) {
            advance();
        } else {
            const bool newLine = m_document.m_lines.position(m_token.text.begin).line
                > m_document.m_lines.position(m_lastEnd).line;
            error(m_lastEnd,
                  statement.values.isEmpty()
                      ? u"expected '=', '+=', a value or ';' after \"%1\", found %2"_s.arg(
                          statement.name, describeToken())
                      : u"expected ';' or ',' after the value of \"%1\", found %2"_s.arg(
                          statement.name, describeToken()));
            statement.terminated = false;
            // A missing ';' at the end of a line: go on with the next line as a new statement.
            if (!(newLine && at(JailConfTokenKind::Word)) && !at(JailConfTokenKind::CloseBrace))
                skipToStatementEnd(section >= 0);
        }
    } else {
        statement.terminated = false;
        skipToStatementEnd(section >= 0);
    }

    if (statement.kind == JailConfStatement::Kind::Include) {
        if (section >= 0)
            error(name.span.begin, u"'.include' is only allowed outside jail definitions"_s);
        else if (statement.values.size() != 1
                 || statement.op == JailConfStatement::Operator::Append)
            error(name.span.begin, u"'.include' takes one file name: .include \"pattern\";"_s);
        else if (statement.values.first().hasVariables())
            error(statement.values.first().span.begin,
                  u"the file name of '.include' cannot contain variables"_s);
    }
    finishStatementSpans(statement);
    if (section < 0)
        m_document.m_items.append(
            {JailConfItem::Kind::Statement, int(m_document.m_statements.size())});
    m_document.m_statements.append(std::move(statement));
}
