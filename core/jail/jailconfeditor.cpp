#include "jailconfeditor.h"

#include "jailconfresolver.h"

using namespace Qt::StringLiterals;

namespace {

QString doubleQuoted(QStringView value)
{
    QString result = u"\""_s;
    for (QChar c : value) {
        if (c == u'"' || c == u'\\')
            result += u'\\';
        if (c == u'\n')
            result += u"\\n"_s;
        else
            result += c;
    }
    return result + u'"';
}

QString singleQuoted(QStringView value)
{
    QString result = u"'"_s;
    for (QChar c : value) {
        if (c == u'\'' || c == u'\\')
            result += u'\\';
        result += c;
    }
    return result + u'\'';
}

qsizetype lineStartOf(QStringView text, qsizetype offset)
{
    return text.first(offset).lastIndexOf(u'\n') + 1;
}

// The blanks right before `offset` on its line.
qsizetype blanksBefore(QStringView text, qsizetype offset)
{
    while (offset > 0 && (text[offset - 1] == u' ' || text[offset - 1] == u'\t'))
        --offset;
    return offset;
}

bool isBlankLine(QStringView text, qsizetype lineStart, qsizetype *lineEnd)
{
    qsizetype at = lineStart;
    while (at < text.size() && (text[at] == u' ' || text[at] == u'\t' || text[at] == u'\r'))
        ++at;
    if (at < text.size() && text[at] != u'\n')
        return false;
    *lineEnd = at < text.size() ? at + 1 : at;
    return lineStart < text.size();
}

} // namespace

JailConfEditor::JailConfEditor(const JailConfDocument &document)
    : m_document(document)
{ }

QString JailConfEditor::formatValue(const QString &value) const
{
    // Bare values against quoted values that could have been bare tell
    // whether the file quotes simple values; all quoted values tell which quote.
    const JailConfDocument::ValueStyle &file = m_document.valueStyle();
    if (JailConfValue::isBare(value) && file.bare > file.quotedBare)
        return value;
    if (file.singleQuoted > file.doubleQuoted && !value.contains(u'$'))
        return singleQuoted(value);
    return doubleQuoted(value);
}

QString JailConfEditor::formatStatement(const Statement &statement) const
{
    QString before = u" "_s;
    QString after = u" "_s;
    for (const JailConfStatement &existing : m_document.statements()) {
        if (existing.operatorSpan.isEmpty() || existing.values.isEmpty())
            continue;
        before = m_document.textOf({existing.nameSpan.end, existing.operatorSpan.begin}).toString();
        after = m_document.textOf({existing.operatorSpan.end, existing.values.first().span.begin})
                    .toString();
        if (before.contains(u'\n') || after.contains(u'\n') || before.size() > 1
            || after.size() > 1) {
            before = after = u" "_s;
            continue;
        }
        break;
    }
    QString result = statement.name;
    if (!statement.values.isEmpty()) {
        QStringList values;
        for (const QString &value : statement.values)
            values.append(formatValue(value));
        switch (statement.op) {
        case JailConfStatement::Operator::None:
            result += u' ';
            break;
        case JailConfStatement::Operator::Assign:
            result += before + u'=' + after;
            break;
        case JailConfStatement::Operator::Append:
            result += before + u"+="_s + after;
            break;
        }
        result += values.join(u", "_s);
    }
    return result + u';';
}

QList<TextEdit> JailConfEditor::replaceValues(int statementIndex, const QStringList &values) const
{
    const JailConfStatement &statement = m_document.statements()[statementIndex];
    const QStringView text = m_document.text();
    QStringList formatted;
    for (int i = 0; i < values.size(); ++i) {
        const QString &value = values[i];
        // Keep the statement's own quoting where the new value allows it.
        const JailConfValue::Quoting quoting = statement.values.isEmpty()
            ? JailConfValue::Quoting::Mixed
            : statement.values[qMin<qsizetype>(i, statement.values.size() - 1)].quoting;
        if (quoting == JailConfValue::Quoting::None && JailConfValue::isBare(value))
            formatted.append(value);
        else if (quoting == JailConfValue::Quoting::Double)
            formatted.append(doubleQuoted(value));
        else if (quoting == JailConfValue::Quoting::Single && !value.contains(u'$'))
            formatted.append(singleQuoted(value));
        else
            formatted.append(formatValue(value));
    }
    if (statement.values.isEmpty()) {
        if (values.isEmpty())
            return {};
        const QString assignment =
            formatStatement({u"x"_s, JailConfStatement::Operator::Assign, values});
        const qsizetype valueStart = assignment.indexOf(u'=');
        return {{{statement.nameSpan.end, statement.nameSpan.end},
                 assignment.sliced(1, valueStart) + assignment.sliced(valueStart + 1).chopped(1)}};
    }
    if (values.isEmpty())
        return {{{statement.nameSpan.end, statement.values.last().span.end}, QString()}};
    const qsizetype listStart = statement.values.first().span.begin;
    QString separator = u", "_s;
    if (statement.values.size() > 1) {
        separator = text.sliced(statement.values[0].span.end,
                                statement.values[1].span.begin - statement.values[0].span.end)
                        .toString();
    }
    return {{{listStart, statement.values.last().span.end}, formatted.join(separator)}};
}

QList<TextEdit> JailConfEditor::removeStatement(int statementIndex) const
{
    const JailConfStatement &statement = m_document.statements()[statementIndex];
    if (statement.lineSpan != statement.span)
        return {{statement.lineSpan, QString()}};
    return {
        {{blanksBefore(m_document.text(), statement.span.begin), statement.span.end}, QString()}};
}

QList<TextEdit> JailConfEditor::removeParameter(int section, const QString &name) const
{
    QList<TextEdit> edits;
    const bool variable = name.startsWith(u'$');
    const QString bare = variable ? name.sliced(1) : name;
    for (int index : m_document.statementsNamed(section, bare))
        if (m_document.statements()[index].isVariable() == variable)
            edits += removeStatement(index);
    return edits;
}

QList<TextEdit> JailConfEditor::setParameter(int section, const QString &name,
                                             const QStringList &values) const
{
    const bool variable = name.startsWith(u'$');
    const QString bare = variable ? name.sliced(1) : name;
    QList<int> matching;
    for (int index : m_document.statementsNamed(section, bare))
        if (m_document.statements()[index].isVariable() == variable)
            matching.append(index);
    if (matching.isEmpty())
        return insertStatements(
            section, -1, {formatStatement({name, JailConfStatement::Operator::Assign, values})});
    const JailConfStatement &first = m_document.statements()[matching.first()];
    QList<TextEdit> edits;
    if (values.isEmpty()) {
        if (!first.values.isEmpty())
            edits.append({{first.nameSpan.end, first.values.last().span.end}, QString()});
    } else {
        if (first.op == JailConfStatement::Operator::Append)
            edits.append({first.operatorSpan, u"="_s});
        edits += replaceValues(matching.first(), values);
    }
    for (qsizetype i = 1; i < matching.size(); ++i)
        edits += removeStatement(matching[i]);
    return edits;
}

QList<TextEdit> JailConfEditor::appendParameter(int section, const QString &name,
                                                const QStringList &values) const
{
    const bool variable = name.startsWith(u'$');
    const QString bare = variable ? name.sliced(1) : name;
    int after = -1;
    for (int index : m_document.statementsNamed(section, bare))
        if (m_document.statements()[index].isVariable() == variable)
            after = index;
    QStringList lines;
    for (const QString &value : values)
        lines.append(formatStatement({name, JailConfStatement::Operator::Append, {value}}));
    return insertStatements(section, after, lines);
}

QString JailConfEditor::newline() const
{
    // A search for '\r' first: it is fast, and most files have none.
    const QStringView text = m_document.text();
    for (qsizetype at = text.indexOf(u'\r'); at >= 0; at = text.indexOf(u'\r', at + 1)) {
        if (at + 1 < text.size() && text[at + 1] == u'\n')
            return u"\r\n"_s;
    }
    return u"\n"_s;
}

QString JailConfEditor::indentation(int section) const
{
    if (section < 0)
        return {};
    if (!m_document.sections()[section].indentation.isEmpty())
        return m_document.sections()[section].indentation;
    for (const JailConfSection &other : m_document.sections())
        if (!other.indentation.isEmpty())
            return other.indentation;
    return u"\t"_s;
}

QList<TextEdit> JailConfEditor::insertStatements(int section, int after,
                                                 const QStringList &lines) const
{
    const QStringView text = m_document.text();
    const QString eol = newline();
    if (after < 0) {
        // After the last statement of the scope.
        if (section >= 0) {
            const JailConfSection &s = m_document.sections()[section];
            if (s.statementCount > 0)
                after = s.firstStatement + s.statementCount - 1;
        } else {
            const QList<int> globals = m_document.globalStatements();
            if (!globals.isEmpty())
                after = globals.last();
        }
    }
    if (after >= 0) {
        const JailConfStatement &statement = m_document.statements()[after];
        if (statement.lineSpan == statement.span)
            return {{{statement.span.end, statement.span.end}, u' ' + lines.join(u' ')}};
        const QString indent =
            text.sliced(statement.lineSpan.begin, statement.span.begin - statement.lineSpan.begin)
                .toString();
        QString inserted;
        const bool endsWithNewline = text.sliced(0, statement.lineSpan.end).endsWith(u'\n');
        for (const QString &line : lines)
            inserted += (endsWithNewline ? QString() : eol) + indent + line
                + (endsWithNewline ? eol : QString());
        return {{{statement.lineSpan.end, statement.lineSpan.end}, inserted}};
    }
    if (section >= 0) {
        const JailConfSection &s = m_document.sections()[section];
        const QString indent = indentation(section);
        QString body;
        for (const QString &line : lines)
            body += indent + line + eol;
        const qsizetype afterBrace = s.openBrace.end;
        if (afterBrace < text.size() && text.sliced(afterBrace).startsWith(eol))
            return {{{afterBrace + eol.size(), afterBrace + eol.size()}, body}};
        const qsizetype nameLine = lineStartOf(text, s.nameSpan.begin);
        const QString closingIndent =
            text.sliced(nameLine, blanksBefore(text, s.nameSpan.begin) - nameLine).toString();
        return {{s.body, eol + body + closingIndent}};
    }
    QString body;
    for (const QString &line : lines)
        body += line + eol;
    if (!m_document.sections().isEmpty()) {
        const JailConfSection &first = m_document.sections().first();
        const qsizetype at =
            first.leadingComments.isEmpty() ? first.lineSpan.begin : first.leadingComments.begin;
        return {{{at, at}, body + eol}};
    }
    const bool needsNewline = !text.isEmpty() && !text.endsWith(u'\n');
    return {{{text.size(), text.size()}, (needsNewline ? eol : QString()) + body}};
}

QString JailConfEditor::formatName(const QString &name) const
{
    for (QChar c : name)
        if (!JailConfValue::isBareChar(c) && c != u'*')
            return doubleQuoted(name);
    return name.isEmpty() ? u"\"\""_s : name;
}

QList<TextEdit> JailConfEditor::addSection(int after, const QString &name,
                                           const QList<Statement> &statements,
                                           const QStringList &leadingComment) const
{
    const QStringView text = m_document.text();
    const auto &sections = m_document.sections();
    const QString eol = newline();
    const int reference = after >= 0 ? after : int(sections.size()) - 1;

    QString opening = u" "_s;
    QString closingIndent;
    int blankLines = 1;
    if (reference >= 0) {
        const JailConfSection &r = sections[reference];
        opening = text.sliced(r.nameSpan.end, r.openBrace.begin - r.nameSpan.end).toString();
        if (!r.closeBrace.isEmpty()) {
            const qsizetype closeLine = lineStartOf(text, r.closeBrace.begin);
            if (blanksBefore(text, r.closeBrace.begin) == closeLine)
                closingIndent = text.sliced(closeLine, r.closeBrace.begin - closeLine).toString();
        }
    }
    // The blank lines between two neighbouring sections.
    for (qsizetype i = 1; i < sections.size(); ++i) {
        const JailConfSection &previous = sections[i - 1];
        const JailConfSection &next = sections[i];
        const qsizetype nextStart =
            next.leadingComments.isEmpty() ? next.lineSpan.begin : next.leadingComments.begin;
        if (previous.lineSpan == previous.span || nextStart < previous.lineSpan.end)
            continue;
        blankLines =
            int(text.sliced(previous.lineSpan.end, nextStart - previous.lineSpan.end).count(u'\n'));
        break;
    }

    const QString indent = indentation(reference >= 0 ? reference : -1);
    QString section;
    for (const QString &line : leadingComment)
        section += (line.isEmpty() ? u"#"_s : u"# "_s + line) + eol;
    section += formatName(name) + opening + u'{' + eol;
    for (const Statement &statement : statements)
        section += (reference >= 0 ? indent : u"\t"_s) + formatStatement(statement) + eol;
    section += closingIndent + u'}' + eol;

    if (after >= 0) {
        const JailConfSection &r = sections[after];
        if (r.lineSpan == r.span)
            return {{{r.span.end, r.span.end},
                     eol.repeated(blankLines + 1) + section.chopped(eol.size())}};
        return {{{r.lineSpan.end, r.lineSpan.end}, eol.repeated(blankLines) + section}};
    }
    qsizetype trailing = 0;
    while (trailing < text.size() && text[text.size() - 1 - trailing] == u'\n')
        ++trailing;
    QString prefix;
    if (!text.isEmpty()) {
        if (trailing == 0)
            prefix = eol;
        prefix += eol.repeated(qMax<qsizetype>(0, blankLines - qMax<qsizetype>(0, trailing - 1)));
    }
    return {{{text.size(), text.size()}, prefix + section}};
}

QList<TextEdit> JailConfEditor::removeSection(int sectionIndex) const
{
    const QStringView text = m_document.text();
    const JailConfSection &section = m_document.sections()[sectionIndex];
    if (section.lineSpan == section.span)
        return {{{blanksBefore(text, section.span.begin), section.span.end}, QString()}};
    qsizetype begin =
        section.leadingComments.isEmpty() ? section.lineSpan.begin : section.leadingComments.begin;
    qsizetype end = section.lineSpan.end;
    qsizetype blankEnd = 0;
    if (isBlankLine(text, end, &blankEnd)) {
        end = blankEnd;
    } else if (begin > 0) {
        const qsizetype previousLine = lineStartOf(text, begin - 1);
        if (isBlankLine(text, previousLine, &blankEnd) && blankEnd == begin)
            begin = previousLine;
    }
    return {{{begin, end}, QString()}};
}

QList<TextEdit> JailConfEditor::renameSection(int sectionIndex, const QString &newName) const
{
    return {{m_document.sections()[sectionIndex].nameSpan, formatName(newName)}};
}
