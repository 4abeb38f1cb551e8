#include "jailconfparser.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

// A hash of all of a value's text, four characters a step: qHash() costs more
// than the lookup it serves saves.
size_t valueHash(QStringView raw)
{
    constexpr quint64 multiplier = 0x9e3779b97f4a7c15;
    const char16_t *text = raw.utf16();
    const qsizetype size = raw.size();
    quint64 hash = quint64(size);
    qsizetype at = 0;
    for (; at + 4 <= size; at += 4) {
        quint64 chunk;
        std::memcpy(&chunk, text + at, sizeof chunk);
        hash = (hash ^ chunk) * multiplier;
        hash ^= hash >> 29;
    }
    for (; at < size; ++at)
        hash = (hash ^ text[at]) * multiplier;
    return size_t(hash ^ hash >> 32);
}

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

// A section's whole lines and the comment lines right above it.
void sectionLines(QStringView text, Span span, Span &lineSpan, Span &leadingComments)
{
    lineSpan = wholeLines(text, span);
    qsizetype commentStart = lineSpan.begin;
    if (commentStart == span.begin && ownedLineStart(text, commentStart) < 0)
        commentStart = -1;
    if (commentStart >= 0) {
        qsizetype top = commentStart;
        while (top > 0) {
            const qsizetype previousStart = top >= 2 ? text.lastIndexOf(u'\n', top - 2) + 1 : 0;
            if (!isCommentLine(text.sliced(previousStart, top - 1 - previousStart)))
                break;
            top = previousStart;
        }
        leadingComments = {top, commentStart};
    }
}

// The line that holds `offset`, without its newline.
QStringView lineAt(QStringView text, qsizetype offset)
{
    const qsizetype start = text.first(offset).lastIndexOf(u'\n') + 1;
    const qsizetype end = text.indexOf(u'\n', offset);
    return text.sliced(start, (end < 0 ? text.size() : end) - start);
}

// How far the whole-line span of something ending at `offset` reads: through
// the newline that ends its line, or, on a last line without one, past the
// end of the text, where an edit may append to that line.
qsizetype lineReach(QStringView text, qsizetype offset)
{
    const qsizetype newline = text.indexOf(u'\n', offset);
    return newline < 0 ? text.size() + 1 : newline + 1;
}

// Moves a span of a tree that is carried over after an edit; an unset span stays unset.
Span moved(Span span, qsizetype delta)
{
    return span == Span {} ? span : Span {span.begin + delta, span.end + delta};
}

} // namespace

JailConfParser::JailConfParser(JailConfDocument &document, qsizetype from)
    : m_document(document)
    , m_text(document.text())
    , m_lexer(m_text, from)
    , m_lastEnd(from)
    , m_line(document.m_lines.position(from).line)
{
    m_token.kind = int(JailConfTokenKind::End);
    m_token.trivia = m_token.text = {from, from};
}

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

// Names come in file order: walking the lines forward beats a search per name.
LineIndex::Position JailConfParser::positionOf(qsizetype offset)
{
    const LineIndex &lines = m_document.m_lines;
    if (offset < lines.lineStart(m_line))
        return lines.position(offset);
    while (m_line < lines.lineCount() && lines.lineStart(m_line + 1) <= offset)
        ++m_line;
    return {m_line, int(offset - lines.lineStart(m_line)) + 1};
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
        std::swap(m_parts, m_peekParts);
        m_quoting = m_peekQuoting;
        m_hasPeek = false;
        return;
    }
    if (m_lexedEnd)
        return;
    m_token = m_lexer.next(m_parts);
    m_lexedEnd = at(JailConfTokenKind::End);
    m_quoting = m_lexer.quoting();
    reportLexerProblems();
}

void JailConfParser::reportLexerProblems()
{
    if (!m_lexer.hasProblems())
        return;
    const QList<JailConfLexer::Problem> problems = m_lexer.takeProblems();
    for (const JailConfLexer::Problem &problem : problems)
        error(problem.offset, problem.message);
}

bool JailConfParser::startsSection() const
{
    if (!at(JailConfTokenKind::Word))
        return false;
    auto *self = const_cast<JailConfParser *>(this);
    if (!m_hasPeek) {
        self->m_peek = self->m_lexer.next(self->m_peekParts);
        self->m_lexedEnd = self->m_peek.kind == int(JailConfTokenKind::End);
        self->m_peekQuoting = m_lexer.quoting();
        self->m_hasPeek = true;
        self->reportLexerProblems();
    }
    return m_peek.kind == int(JailConfTokenKind::OpenBrace);
}

JailConfValue JailConfParser::takeValue()
{
    // Values written alike decode alike, and files repeat most of theirs from
    // jail to jail: those share one list of parts. The cache is direct-mapped
    // on the source text; a miss copies m_parts, a buffer the next token reuses.
    const QStringView raw = m_text.sliced(m_token.text.begin, m_token.text.length());
    SharedParts &slot = m_sharedParts[valueHash(raw) % m_sharedParts.size()];
    if (slot.raw != raw) {
        slot.raw = raw;
        slot.parts = QList<JailConfValue::Part>(m_parts.cbegin(), m_parts.cend());
    }
    return {m_token.text, m_quoting, slot.parts};
}

JailConfValue JailConfParser::borrowValue()
{
    return {m_token.text, m_quoting, std::move(m_parts)};
}

void JailConfParser::giveBack(JailConfValue &value)
{
    m_parts = std::move(value.parts);
}

void JailConfParser::run()
{
    advance();
    while (!at(JailConfTokenKind::End))
        parseItem();
}

bool JailConfParser::runUntil(qsizetype until)
{
    advance();
    while (!at(JailConfTokenKind::End) && (until < 0 || m_token.trivia.begin < until))
        parseItem();
    return m_document.m_diagnostics.isEmpty()
        && (until < 0 ? at(JailConfTokenKind::End) : m_token.trivia.begin == until);
}

void JailConfParser::parseItem()
{
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
        errorAtToken(u"expected a parameter or a jail definition, found %1"_s.arg(describeToken()));
        skipToStatementEnd(false);
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
    JailConfValue name = borrowValue();
    section.name = name.unquoted();
    section.nameSpan = name.span;
    const LineIndex::Position position = positionOf(name.span.begin);
    section.line = position.line;
    section.column = position.column;
    if (name.hasVariables())
        error(name.span.begin, u"a jail name cannot contain variables"_s);
    giveBack(name);
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
    sectionLines(m_text, section.span, section.lineSpan, section.leadingComments);
    for (int i = section.firstStatement; i < section.firstStatement + section.statementCount; ++i) {
        const JailConfStatement &statement = std::as_const(m_document.m_statements)[i];
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
    JailConfValue name = borrowValue();
    statement.section = section;
    statement.nameSpan = name.span;
    const LineIndex::Position position = positionOf(name.span.begin);
    statement.line = position.line;
    statement.column = position.column;
    const bool variable = name.quoting == JailConfValue::Quoting::None && name.parts.size() == 1
        && name.parts.first().kind == JailConfValue::Part::Kind::Variable;
    // A variable's name is its part's text; unquoted() would build "${name}" first.
    statement.name = variable ? name.parts.first().text : name.unquoted();
    if (variable) {
        statement.kind = JailConfStatement::Kind::Variable;
    } else if (name.quoting == JailConfValue::Quoting::None && statement.name == u".include") {
        statement.kind = JailConfStatement::Kind::Include;
    } else if (name.hasVariables()) {
        error(name.span.begin, u"a parameter name cannot contain variables"_s);
    }
    giveBack(name);
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
            m_document.m_valueStyle.count(statement.values.last());
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

// Parsing only part of a document again gives the same tree as parsing all of
// it when these hold (otherwise the caller parses the whole text):
// - the old document has no errors, and neither has the part parsed again;
// - that part is a run of whole top-level items (each with the blanks and
//   comments before it) covering every edit, and lexing the new text from its
//   start ends on a token boundary exactly where the old text resumes;
// - the item kept before the run ends its line before the first edit, since
//   its whole-line span reads to the end of that line;
// - the first token kept after the run starts on a new line, so every kept
//   token keeps its column and moves by whole lines, and the first item kept
//   after the run gets the same whole-line span and leading comments from the
//   new text while its first line is no comment line, which stops the upward
//   search for leading comments of the items after it.
std::optional<JailConfDocument> JailConfParser::reparse(const JailConfDocument &document,
                                                        const QList<TextEdit> &edits,
                                                        const QString &editedText,
                                                        JailConfDocumentChange &change)
{
    if (edits.isEmpty() || !document.m_diagnostics.isEmpty())
        return std::nullopt;
    const QStringView oldText = document.text();
    const qsizetype delta = editedText.size() - oldText.size();
    qsizetype low = oldText.size();
    qsizetype high = 0;
    for (const TextEdit &edit : edits) {
        low = qMin(low, edit.span.begin);
        high = qMax(high, edit.span.end);
    }

    // Item k with what stands before it is [itemEnd(k - 1), itemEnd(k)); the
    // index after the last item stands for the blanks and comments at the end.
    const QList<JailConfItem> &items = document.m_items;
    const int itemCount = int(items.size());
    const auto itemEnd = [&](int k) -> qsizetype {
        if (k < 0)
            return 0;
        if (k >= itemCount)
            return oldText.size();
        const JailConfItem &item = items[k];
        return item.kind == JailConfItem::Kind::Section
            ? document.m_sections[item.index].span.end
            : document.m_statements[item.index].span.end;
    };
    // The first item from `from` on whose end passes `offset` (or touches it).
    const auto firstEndingAfter = [&](int from, qsizetype offset, bool touching) {
        int lowIndex = from;
        int highIndex = itemCount;
        while (lowIndex < highIndex) {
            const int middle = (lowIndex + highIndex) / 2;
            const qsizetype end = itemEnd(middle);
            if (end < offset || (!touching && end == offset))
                lowIndex = middle + 1;
            else
                highIndex = middle;
        }
        return lowIndex;
    };
    // Text inserted right after an item belongs to what follows it.
    int first = firstEndingAfter(0, low, true);
    while (first > 0 && lineReach(oldText, itemEnd(first - 1)) > low)
        --first;
    const int last = firstEndingAfter(first, high, false);
    const bool toEnd = last >= itemCount;
    const qsizetype begin = itemEnd(first - 1);
    const qsizetype oldEnd = itemEnd(last);
    const qsizetype newEnd = oldEnd + delta;

    const auto firstStatementOf = [&](int k) {
        if (k >= itemCount)
            return int(document.m_statements.size());
        const JailConfItem &item = items[k];
        return item.kind == JailConfItem::Kind::Section
            ? document.m_sections[item.index].firstStatement
            : item.index;
    };
    int firstSection = 0;
    for (int k = 0; k < first; ++k)
        firstSection += items[k].kind == JailConfItem::Kind::Section ? 1 : 0;
    int oldSectionEnd = firstSection;
    for (int k = first; k <= last && k < itemCount; ++k)
        oldSectionEnd += items[k].kind == JailConfItem::Kind::Section ? 1 : 0;
    const int firstStatement = firstStatementOf(first);
    const int oldStatementEnd = firstStatementOf(last + 1);

    JailConfDocument result;
    result.m_source = SourceFile(document.path(), editedText, document.source().encoding());
    result.m_lines = LineIndex(result.text());
    result.m_valueStyle = document.m_valueStyle;
    for (int s = firstStatement; s < oldStatementEnd; ++s) {
        for (const JailConfValue &value : document.m_statements[s].values)
            result.m_valueStyle.count(value, -1);
    }
    // The nodes before the run, shared with `document` as far as they fill whole chunks.
    result.m_statements = document.m_statements.first(firstStatement);
    result.m_sections = document.m_sections.first(firstSection);
    result.m_items.reserve(items.size() + 4);
    result.m_items.append(items.first(first));

    JailConfParser parser(result, begin);
    if (!parser.runUntil(toEnd ? -1 : newEnd))
        return std::nullopt;

    change = {};
    change.firstItem = first;
    change.oldItemCount = qMin(last + 1, itemCount) - first;
    change.newItemCount = int(result.m_items.size()) - first;
    change.firstSection = firstSection;
    change.oldSectionCount = oldSectionEnd - firstSection;
    change.newSectionCount = int(result.m_sections.size()) - firstSection;
    change.firstStatement = firstStatement;
    change.oldStatementCount = oldStatementEnd - firstStatement;
    change.newStatementCount = int(result.m_statements.size()) - firstStatement;
    change.offsetDelta = delta;
    change.onlyJailSections = true;
    const auto consider = [&change](const JailConfDocument &in, const JailConfItem &item) {
        if (item.kind == JailConfItem::Kind::Section) {
            change.onlyJailSections =
                change.onlyJailSections && !in.m_sections[item.index].isWildcard();
        } else {
            change.onlyJailSections = false;
            change.touchesIncludes =
                change.touchesIncludes || in.m_statements[item.index].isInclude();
        }
    };
    for (int k = first; k < first + change.oldItemCount; ++k)
        consider(document, items[k]);
    for (int k = first; k < first + change.newItemCount; ++k)
        consider(result, result.m_items[k]);
    if (toEnd)
        return result;

    const Token firstKept = JailConfLexer(oldText, oldEnd).next();
    if (!QStringView(editedText)
             .sliced(newEnd, firstKept.text.begin + delta - newEnd)
             .contains(u'\n'))
        return std::nullopt;
    change.firstMovedLine = document.m_lines.position(firstKept.text.begin).line;
    change.lineDelta =
        result.m_lines.position(firstKept.text.begin + delta).line - change.firstMovedLine;

    const int sectionDelta = change.sectionDelta();
    const int statementDelta = change.statementDelta();
    for (int s = oldStatementEnd; s < document.m_statements.size(); ++s) {
        JailConfStatement statement = document.m_statements[s];
        statement.nameSpan = moved(statement.nameSpan, delta);
        statement.operatorSpan = moved(statement.operatorSpan, delta);
        for (JailConfValue &value : statement.values)
            value.span = moved(value.span, delta);
        statement.span = moved(statement.span, delta);
        statement.lineSpan = moved(statement.lineSpan, delta);
        statement.line += change.lineDelta;
        if (statement.section >= 0)
            statement.section += sectionDelta;
        result.m_statements.append(std::move(statement));
    }
    for (int s = oldSectionEnd; s < document.m_sections.size(); ++s) {
        JailConfSection section = document.m_sections[s];
        section.nameSpan = moved(section.nameSpan, delta);
        section.openBrace = moved(section.openBrace, delta);
        section.closeBrace = moved(section.closeBrace, delta);
        section.body = moved(section.body, delta);
        section.span = moved(section.span, delta);
        section.lineSpan = moved(section.lineSpan, delta);
        section.leadingComments = moved(section.leadingComments, delta);
        section.line += change.lineDelta;
        section.firstStatement += statementDelta;
        result.m_sections.append(std::move(section));
    }
    for (int k = last + 1; k < itemCount; ++k) {
        JailConfItem item = items[k];
        item.index += item.kind == JailConfItem::Kind::Section ? sectionDelta : statementDelta;
        result.m_items.append(item);
    }

    // The first item kept after the run, seen from the new text.
    if (last + 1 < itemCount) {
        const JailConfItem &item = result.m_items[first + change.newItemCount];
        const QStringView text = result.text();
        if (item.kind == JailConfItem::Kind::Section) {
            const JailConfSection &section = std::as_const(result.m_sections)[item.index];
            Span lineSpan;
            Span leadingComments;
            sectionLines(text, section.span, lineSpan, leadingComments);
            if (lineSpan != section.lineSpan || leadingComments != section.leadingComments
                || isCommentLine(lineAt(text, section.nameSpan.begin)))
                return std::nullopt;
        } else {
            const JailConfStatement &statement = std::as_const(result.m_statements)[item.index];
            if (wholeLines(text, statement.span) != statement.lineSpan
                || isCommentLine(lineAt(text, statement.nameSpan.begin)))
                return std::nullopt;
        }
    }
    return result;
}
