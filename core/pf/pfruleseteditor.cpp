#include "pfruleseteditor.h"

#include "pflexer.h"
#include "pftokenkind.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using Kind = PfStatement::Kind;

bool isRuleStatement(const PfStatement &statement)
{
    switch (statement.kind) {
    case Kind::Filter:
    case Kind::Nat:
    case Kind::Binat:
    case Kind::Rdr:
    case Kind::Scrub:
    case Kind::Anchor:
    case Kind::NatAnchor:
    case Kind::RdrAnchor:
    case Kind::BinatAnchor:
        return true;
    case Kind::Invalid:
        return statement.keyword == "antispoof"_L1;
    default:
        return false;
    }
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool isBlanks(QStringView text)
{
    return std::all_of(text.begin(), text.end(), isBlank);
}

qsizetype lineStart(const QString &text, qsizetype offset)
{
    return offset == 0 ? 0 : text.lastIndexOf(u'\n', offset - 1) + 1;
}

// After the newline of the line holding `offset`, or the end of the text.
qsizetype lineEnd(const QString &text, qsizetype offset)
{
    const qsizetype newline = text.indexOf(u'\n', offset);
    return newline < 0 ? text.size() : newline + 1;
}

QStringView lineContent(const QString &text, qsizetype begin)
{
    qsizetype end = text.indexOf(u'\n', begin);
    if (end < 0)
        end = text.size();
    if (end > begin && text[end - 1] == u'\r')
        --end;
    return QStringView(text).sliced(begin, end - begin);
}

bool isBlankLine(const QString &text, qsizetype begin)
{
    return begin < text.size() && lineContent(text, begin).trimmed().isEmpty();
}

// Where a part of a rule stands when it is added; parts after the hosts go at the end.
constexpr PfRulesetEditor::Field prefixOrder[] = {
    PfRulesetEditor::Field::Action,
    PfRulesetEditor::Field::Direction,
    PfRulesetEditor::Field::Log,
    PfRulesetEditor::Field::Quick,
    PfRulesetEditor::Field::Interface,
    PfRulesetEditor::Field::AddressFamily,
    PfRulesetEditor::Field::Protocol,
    PfRulesetEditor::Field::Source,
    PfRulesetEditor::Field::SourcePort,
    PfRulesetEditor::Field::Destination,
    PfRulesetEditor::Field::DestinationPort,
};

// Words that start a part of a rule; the words after them up to the next such
// word are its value.
std::optional<PfRulesetEditor::Field> fieldStartedBy(QStringView word, bool *other)
{
    using Field = PfRulesetEditor::Field;
    *other = false;
    static const QHash<QString, Field> fields = {
        {u"in"_s, Field::Direction},
        {u"out"_s, Field::Direction},
        {u"log"_s, Field::Log},
        {u"quick"_s, Field::Quick},
        {u"on"_s, Field::Interface},
        {u"inet"_s, Field::AddressFamily},
        {u"inet6"_s, Field::AddressFamily},
        {u"proto"_s, Field::Protocol},
        {u"from"_s, Field::Source},
        {u"to"_s, Field::Destination},
        {u"flags"_s, Field::Flags},
        {u"icmp-type"_s, Field::IcmpType},
        {u"icmp6-type"_s, Field::IcmpType},
        {u"keep"_s, Field::State},
        {u"modulate"_s, Field::State},
        {u"synproxy"_s, Field::State},
        {u"label"_s, Field::Label},
        {u"tag"_s, Field::Tag},
        {u"tagged"_s, Field::Tagged},
        {u"queue"_s, Field::Queue},
        {u"rtable"_s, Field::Rtable},
        {u"probability"_s, Field::Probability},
    };
    static const QStringList others = {
        u"all"_s,
        u"os"_s,
        u"user"_s,
        u"group"_s,
        u"tos"_s,
        u"prio"_s,
        u"set"_s,
        u"fragment"_s,
        u"allow-opts"_s,
        u"once"_s,
        u"route-to"_s,
        u"reply-to"_s,
        u"dup-to"_s,
        u"fastroute"_s,
        u"nat-to"_s,
        u"rdr-to"_s,
        u"binat-to"_s,
        u"af-to"_s,
        u"divert-to"_s,
        u"divert-reply"_s,
        u"received-on"_s,
        u"max-pkt-rate"_s,
        u"ridentifier"_s,
        u"min-ttl"_s,
        u"max-mss"_s,
        u"no-df"_s,
        u"random-id"_s,
        u"reassemble"_s,
        u"for"_s,
        u"bitmask"_s,
        u"random"_s,
        u"source-hash"_s,
        u"round-robin"_s,
        u"static-port"_s,
        u"sticky-address"_s,
    };
    const auto found = fields.constFind(word.toString());
    if (found != fields.constEnd())
        return *found;
    *other = others.contains(word);
    return std::nullopt;
}

QString quoted(const QString &value)
{
    if (value.startsWith(u'"') && value.endsWith(u'"') && value.size() >= 2)
        return value;
    return u'"' + value + u'"';
}

// The span to cut so that entry `index` of a list disappears with one of its
// separators, without joining continued lines.
Span listRemoval(const QString &text, const QList<Span> &entries, qsizetype index)
{
    const Span entry = entries.at(index);
    if (index + 1 < entries.size()) {
        const Span next = entries.at(index + 1);
        if (!QStringView(text).sliced(entry.end, next.begin - entry.end).contains(u'\n'))
            return {entry.begin, next.begin};
        qsizetype end = entry.end;
        while (end < next.begin && isBlank(text[end]))
            ++end;
        if (end < next.begin && text[end] == u',')
            ++end;
        while (end < next.begin && isBlank(text[end]))
            ++end;
        return {entry.begin, end};
    }
    return {entries.at(index - 1).end, entry.end};
}

// The separator a list already uses between entries.
QString listSeparator(const QString &text, const QList<Span> &entries)
{
    if (entries.size() < 2)
        return u", "_s;
    const QStringView between =
        QStringView(text).sliced(entries[0].end, entries[1].begin - entries[0].end);
    const qsizetype comma = between.indexOf(u',');
    if (comma < 0)
        return u" "_s;
    return comma + 1 < between.size() && isBlank(between[comma + 1]) ? u", "_s : u","_s;
}

// Entries of a `{ ... }` list inside a macro's quoted value, relative to `base`.
QList<Span> macroListEntries(QStringView content, qsizetype base)
{
    QList<Span> entries;
    qsizetype i = 0;
    while (i < content.size()) {
        const QChar c = content[i];
        if (c.isSpace() || c == u',' || c == u'{' || c == u'}' || c == u'\\') {
            ++i;
            continue;
        }
        const qsizetype begin = i;
        while (i < content.size() && !content[i].isSpace() && content[i] != u','
               && content[i] != u'}' && content[i] != u'{')
            ++i;
        entries.append({base + begin, base + i});
    }
    return entries;
}

} // namespace

PfRulesetEditor::PfRulesetEditor(PfDocument document)
    : m_document(std::move(document))
{ }

QString PfRulesetEditor::fieldName(Field field)
{
    switch (field) {
    case Field::Action:
        return u"action"_s;
    case Field::Direction:
        return u"direction"_s;
    case Field::Log:
        return u"log"_s;
    case Field::Quick:
        return u"quick"_s;
    case Field::Interface:
        return u"interface"_s;
    case Field::AddressFamily:
        return u"address family"_s;
    case Field::Protocol:
        return u"protocol"_s;
    case Field::Source:
        return u"source"_s;
    case Field::SourcePort:
        return u"source port"_s;
    case Field::Destination:
        return u"destination"_s;
    case Field::DestinationPort:
        return u"destination port"_s;
    case Field::Flags:
        return u"flags"_s;
    case Field::IcmpType:
        return u"ICMP type"_s;
    case Field::State:
        return u"state"_s;
    case Field::Label:
        return u"label"_s;
    case Field::Tag:
        return u"tag"_s;
    case Field::Tagged:
        return u"tagged"_s;
    case Field::Queue:
        return u"queue"_s;
    case Field::Rtable:
        return u"routing table"_s;
    case Field::Probability:
        return u"probability"_s;
    case Field::TranslationTarget:
        return u"translation target"_s;
    }
    return {};
}

QList<int> PfRulesetEditor::ruleStatements() const
{
    QList<int> rules;
    const auto &statements = m_document.statements();
    for (int i = 0; i < statements.size(); ++i) {
        if (isRuleStatement(statements[i]))
            rules.append(i);
    }
    return rules;
}

bool PfRulesetEditor::isRule(int statement) const
{
    return statement >= 0 && statement < m_document.statements().size()
        && isRuleStatement(m_document.statements()[statement]);
}

QString PfRulesetEditor::newline() const
{
    return m_document.text().contains("\r\n"_L1) ? u"\r\n"_s : u"\n"_s;
}

int PfRulesetEditor::lineOf(qsizetype offset) const
{
    return m_document.position(offset).line;
}

QString PfRulesetEditor::indentationAt(qsizetype offset) const
{
    const QString &text = m_document.text();
    qsizetype i = lineStart(text, offset);
    const qsizetype begin = i;
    while (i < text.size() && isBlank(text[i]))
        ++i;
    return text.mid(begin, i - begin);
}

// The last token of a statement, without its newline and without the `{` that
// opens an anchor body.
qsizetype PfRulesetEditor::lastToken(int statement) const
{
    const PfStatement &s = m_document.statements()[statement];
    const auto &tokens = m_document.tokens();
    qsizetype last = s.endToken - 1;
    while (last > s.firstToken && PfTokenKind(tokens[last].kind) == PfTokenKind::Newline)
        --last;
    const auto &statements = m_document.statements();
    const bool opensBody =
        statement + 1 < statements.size() && statements[statement + 1].parent == statement;
    if (opensBody && last > s.firstToken
        && PfTokenKind(tokens[last].kind) == PfTokenKind::LeftBrace)
        --last;
    return last;
}

// A statement's text, with the inline body and closing brace of an anchor.
Span PfRulesetEditor::extent(int statement) const
{
    const auto &statements = m_document.statements();
    Span span = statements[statement].span;
    for (qsizetype i = statement + 1; i < statements.size(); ++i) {
        if (statements[i].parent == statement)
            span.end = qMax(span.end, statements[i].span.end);
    }
    return span;
}

std::optional<PfRulesetEditor::LineBlock> PfRulesetEditor::ruleBlock(int statement,
                                                                     bool withComments) const
{
    const QString &text = m_document.text();
    const Span span = extent(statement);
    LineBlock block;
    block.begin = lineStart(text, span.begin);
    if (!isBlanks(QStringView(text).sliced(block.begin, span.begin - block.begin)))
        return std::nullopt;
    // Only blanks and a comment may follow on the last line.
    const auto &tokens = m_document.tokens();
    const auto after =
        std::lower_bound(tokens.cbegin(), tokens.cend(), span.end,
                         [](const Token &t, qsizetype offset) { return t.text.begin < offset; });
    if (after != tokens.cend() && PfTokenKind(after->kind) != PfTokenKind::Newline)
        return std::nullopt;
    block.end = after == tokens.cend() ? text.size() : after->text.end;
    if (withComments) {
        while (block.begin > 0) {
            const qsizetype previous = lineStart(text, block.begin - 1);
            if (!lineContent(text, previous).trimmed().startsWith(u'#'))
                break;
            block.begin = previous;
        }
    }
    return block;
}

PfRulesetEdit PfRulesetEditor::removeLines(LineBlock block, const QString &description) const
{
    const QString &text = m_document.text();
    Span span {block.begin, block.end};
    const bool endsWithNewline = block.end > 0 && text[block.end - 1] == u'\n';
    if (!endsWithNewline && block.begin > 0) {
        // The last line of a file without a final newline: take the newline before it.
        span.begin = block.begin - newline().size();
    } else if ((block.begin == 0 || isBlankLine(text, lineStart(text, block.begin - 1)))
               && isBlankLine(text, block.end)) {
        // Do not leave two blank lines where the block stood between two.
        span.end = lineEnd(text, block.end);
    }
    return {{{span, {}}}, description, {}};
}

// Continuation lines follow the file: when its rules are already split with
// backslash-newline, a long new rule is split the same way, before the words
// the file breaks at, at the width of its longest continued line.
QString PfRulesetEditor::wrapped(const QString &rule, const QString &indentation) const
{
    const QString &text = m_document.text();
    const auto &tokens = m_document.tokens();
    qsizetype width = 0;
    QString continuation;
    for (int statement : ruleStatements()) {
        const PfStatement &s = m_document.statements()[statement];
        bool continued = false;
        for (qsizetype t = s.firstToken + 1; t <= lastToken(statement); ++t) {
            const QStringView trivia = m_document.textOf(tokens[t].trivia);
            const qsizetype join = trivia.lastIndexOf(u'\n');
            if (join < 0 || !trivia.contains(u'\\'))
                continue;
            continued = true;
            if (continuation.isNull()) {
                const QString own = indentationAt(s.span.begin);
                const QString next = trivia.sliced(join + 1).toString();
                continuation = next.startsWith(own) ? next.mid(own.size()) : next;
            }
        }
        if (!continued)
            continue;
        for (qsizetype at = lineStart(text, s.span.begin); at < s.span.end; at = lineEnd(text, at))
            width = qMax(width, lineContent(text, at).size());
    }
    if (width == 0 || indentation.size() + rule.size() <= width)
        return rule;

    static const QStringList breakWords = {
        u"on"_s,         u"inet"_s,     u"inet6"_s,    u"proto"_s,    u"from"_s,   u"to"_s,
        u"flags"_s,      u"keep"_s,     u"modulate"_s, u"synproxy"_s, u"label"_s,  u"tag"_s,
        u"tagged"_s,     u"queue"_s,    u"rtable"_s,   u"user"_s,     u"group"_s,  u"icmp-type"_s,
        u"icmp6-type"_s, u"route-to"_s, u"reply-to"_s, u"dup-to"_s,   u"nat-to"_s, u"rdr-to"_s};
    QList<qsizetype> breaks;
    PfLexer lexer(rule);
    Token token;
    int depth = 0;
    while (lexer.next(token)) {
        const auto kind = PfTokenKind(token.kind);
        const QStringView word = QStringView(rule).sliced(token.text.begin, token.text.length());
        if (kind == PfTokenKind::LeftParen || kind == PfTokenKind::LeftBrace)
            ++depth;
        else if (kind == PfTokenKind::RightParen || kind == PfTokenKind::RightBrace)
            --depth;
        else if (depth == 0 && token.text.begin > 0
                 && (kind == PfTokenKind::Arrow
                     || (kind == PfTokenKind::Word && breakWords.contains(word))))
            breaks.append(token.text.begin);
    }
    breaks.append(rule.size());
    QStringList lines;
    QString line = indentation;
    qsizetype from = 0;
    for (qsizetype to : std::as_const(breaks)) {
        const QString part = rule.mid(from, to - from).trimmed();
        from = to;
        if (line.trimmed().isEmpty()) {
            line += part;
        } else if (line.size() + 1 + part.size() + 2 <= width) {
            line += u' ' + part;
        } else {
            lines.append(line);
            line = indentation + continuation + part;
        }
    }
    lines.append(line);
    return lines.join(u" \\"_s + newline()).mid(indentation.size());
}

PfRulesetEdit PfRulesetEditor::insertRule(int beforeStatement, const QString &rule) const
{
    const QString ruleText = rule.trimmed();
    const PfDocument parsed = PfDocument::parse(ruleText);
    if (parsed.statements().size() != 1 || !isRuleStatement(parsed.statements().first())
        || parsed.hasErrors())
        return PfRulesetEdit::failure(u"not a single pf rule: %1"_s.arg(ruleText));

    const QString &text = m_document.text();
    const QString nl = newline();
    if (beforeStatement >= 0) {
        if (beforeStatement >= m_document.statements().size())
            return PfRulesetEdit::failure(u"no statement %1"_s.arg(beforeStatement));
        const auto block = ruleBlock(beforeStatement, true);
        if (!block)
            return PfRulesetEdit::failure(u"the statement at line %1 shares its line"_s.arg(
                m_document.statements()[beforeStatement].line));
        const PfStatement &before = m_document.statements()[beforeStatement];
        QString indentation = indentationAt(before.span.begin);
        if (before.kind == Kind::AnchorEnd) {
            // Into an anchor body: like the rule above, or one level deeper than the brace.
            const int previous = beforeStatement - 1;
            indentation = m_document.statements()[previous].parent == before.parent
                    && previous != before.parent
                ? indentationAt(m_document.statements()[previous].span.begin)
                : indentation + u"    "_s;
        }
        return {{{{block->begin, block->begin}, indentation + wrapped(ruleText, indentation) + nl}},
                u"Insert rule at line %1"_s.arg(lineOf(block->begin)),
                {}};
    }

    int last = -1;
    for (int statement : ruleStatements()) {
        if (m_document.statements()[statement].parent == -1)
            last = statement;
    }
    const auto block = last >= 0 ? ruleBlock(last, false) : std::nullopt;
    const qsizetype at = block ? block->end : text.size();
    const QString indentation =
        last >= 0 ? indentationAt(m_document.statements()[last].span.begin) : QString();
    const QString line = indentation + wrapped(ruleText, indentation);
    const bool needsNewlineBefore = at > 0 && text[at - 1] != u'\n';
    const QString insertion = needsNewlineBefore ? nl + line : line + nl;
    return {{{{at, at}, insertion}},
            u"Insert rule at line %1"_s.arg(lineOf(at) + (needsNewlineBefore ? 1 : 0)),
            {}};
}

PfRulesetEdit PfRulesetEditor::deleteRule(int statement) const
{
    if (!isRule(statement))
        return PfRulesetEdit::failure(u"statement %1 is not a rule"_s.arg(statement));
    const int line = m_document.statements()[statement].line;
    const auto block = ruleBlock(statement, true);
    if (!block)
        return PfRulesetEdit::failure(
            u"the rule at line %1 shares its line with another statement"_s.arg(line));
    return removeLines(*block, u"Delete rule at line %1"_s.arg(line));
}

PfRulesetEdit PfRulesetEditor::moveRule(int statement, int target, Placement placement) const
{
    if (!isRule(statement) || !isRule(target))
        return PfRulesetEdit::failure(u"only rules can be moved, and only next to rules"_s);
    if (statement == target)
        return PfRulesetEdit::failure(u"a rule cannot move next to itself"_s);
    const auto &statements = m_document.statements();
    const auto source = ruleBlock(statement, true);
    const auto destination = ruleBlock(target, placement == Placement::Above);
    if (!source || !destination)
        return PfRulesetEdit::failure(
            u"the rule at line %1 shares its line with another statement"_s.arg(
                statements[source ? target : statement].line));
    const QString description = u"Move rule at line %1 %2 rule at line %3"_s.arg(
        QString::number(statements[statement].line),
        placement == Placement::Above ? u"above"_s : u"below"_s,
        QString::number(statements[target].line));
    const qsizetype at = placement == Placement::Above ? destination->begin : destination->end;
    if (at == source->begin || at == source->end)
        return {{}, description, {}};
    if (at > source->begin && at < source->end)
        return PfRulesetEdit::failure(
            u"the rule at line %1 is inside the one to move"_s.arg(statements[target].line));

    const QString &text = m_document.text();
    const QString nl = newline();
    QString moved = text.mid(source->begin, source->end - source->begin);
    Span cut {source->begin, source->end};
    if (!moved.endsWith(u'\n')) {
        moved += nl;
        cut.begin -= nl.size();
    }
    const QString from = indentationAt(statements[statement].span.begin);
    const QString to = indentationAt(statements[target].span.begin);
    if (from != to) {
        QStringList lines = moved.split(u'\n');
        for (QString &line : lines) {
            if (line.startsWith(from))
                line = to + line.mid(from.size());
        }
        moved = lines.join(u'\n');
    }
    if (at == text.size() && !text.endsWith(u'\n'))
        moved = nl + moved.chopped(nl.size());
    return {{{cut, {}}, {{at, at}, moved}}, description, {}};
}

PfRulesetEdit PfRulesetEditor::disableRule(int statement) const
{
    if (!isRule(statement))
        return PfRulesetEdit::failure(u"statement %1 is not a rule"_s.arg(statement));
    const int line = m_document.statements()[statement].line;
    const auto block = ruleBlock(statement, false);
    if (!block)
        return PfRulesetEdit::failure(
            u"the rule at line %1 shares its line with another statement"_s.arg(line));
    const QString &text = m_document.text();
    QList<TextEdit> edits;
    for (qsizetype at = block->begin; at < block->end; at = lineEnd(text, at)) {
        qsizetype first = at;
        while (first < text.size() && isBlank(text[first]))
            ++first;
        edits.append(TextEdit {{first, first}, u"# "_s});
    }
    return {edits, u"Disable rule at line %1"_s.arg(line), {}};
}

PfRulesetEdit PfRulesetEditor::enableRule(int line) const
{
    const QString &text = m_document.text();
    qsizetype at = 0;
    for (int l = 1; l < line && at < text.size(); ++l)
        at = lineEnd(text, at);
    if (line < 1 || at >= text.size())
        return PfRulesetEdit::failure(u"no line %1"_s.arg(line));

    // The commented lines of the rule: continued lines, and an anchor's body up to its brace.
    QList<TextEdit> edits;
    QString rule;
    int depth = 0;
    for (;;) {
        const QStringView content = lineContent(text, at);
        const qsizetype hash = content.indexOf(u'#');
        if (hash < 0 || !isBlanks(content.first(hash)))
            return PfRulesetEdit::failure(u"line %1 is not a commented-out rule"_s.arg(line));
        const qsizetype length = content.sliced(hash).startsWith("# "_L1) ? 2 : 1;
        edits.append(TextEdit {{at + hash, at + hash + length}, {}});
        const QStringView uncommented = content.sliced(hash + length);
        rule += uncommented;
        rule += u'\n';
        depth += int(uncommented.count(u'{') - uncommented.count(u'}'));
        at = lineEnd(text, at);
        if ((!uncommented.trimmed().endsWith(u'\\') && depth <= 0) || at >= text.size())
            break;
    }
    const PfDocument parsed = PfDocument::parse(rule);
    if (parsed.statements().isEmpty() || !isRuleStatement(parsed.statements().first())
        || parsed.hasErrors())
        return PfRulesetEdit::failure(u"line %1 is not a commented-out rule"_s.arg(line));
    return {edits, u"Enable rule at line %1"_s.arg(line), {}};
}

QList<int> PfRulesetEditor::disabledRuleLines() const
{
    static const QRegularExpression ruleStart(
        u"^\\s*#\\s?(pass|block|match|nat|rdr|binat|no|scrub|antispoof|anchor|nat-anchor|rdr-anchor|binat-anchor)\\b"_s);
    QList<int> lines;
    const QString &text = m_document.text();
    bool continued = false;
    int line = 1;
    for (qsizetype at = 0; at < text.size(); at = lineEnd(text, at), ++line) {
        const QStringView content = lineContent(text, at);
        if (!continued && ruleStart.matchView(content).hasMatch() && enableRule(line).isValid())
            lines.append(line);
        continued = content.trimmed().startsWith(u'#') && content.trimmed().endsWith(u'\\');
    }
    return lines;
}

QList<PfRulesetEditor::Clause> PfRulesetEditor::clauses(int statement, bool *hasAll,
                                                        qsizetype *allToken) const
{
    const PfStatement &s = m_document.statements()[statement];
    const auto &tokens = m_document.tokens();
    const auto kindAt = [&](qsizetype i) { return PfTokenKind(tokens[i].kind); };
    const auto wordAt = [&](qsizetype i) { return m_document.textOf(tokens[i]); };
    const qsizetype last = lastToken(statement);
    *hasAll = false;

    qsizetype action = s.firstToken;
    if (s.keyword == "no"_L1 && action < last)
        ++action;
    const auto skipGroup = [&](qsizetype i) {
        if (i + 1 <= last && kindAt(i + 1) == PfTokenKind::LeftParen) {
            while (i < last && kindAt(i) != PfTokenKind::RightParen)
                ++i;
        }
        return i;
    };
    if (s.kind == Kind::Filter && action < last) {
        static const QStringList policies = {u"drop"_s, u"return"_s, u"return-rst"_s,
                                             u"return-icmp"_s, u"return-icmp6"_s};
        if (policies.contains(wordAt(action + 1)))
            action = skipGroup(action + 1);
    }
    if ((s.kind == Kind::Nat || s.kind == Kind::Rdr || s.kind == Kind::Binat) && action < last
        && wordAt(action + 1) == u"pass")
        ++action;
    if ((s.kind == Kind::Anchor || s.kind == Kind::NatAnchor || s.kind == Kind::RdrAnchor
         || s.kind == Kind::BinatAnchor)
        && action < last && kindAt(action + 1) == PfTokenKind::QuotedString)
        ++action;

    QList<Clause> result {{Field::Action, s.firstToken, action}};
    std::optional<Field> current;
    std::optional<Field> hosts;
    int depth = 0;
    // Closes the part being read and starts the next; nullopt starts a part setField() leaves
    // alone.
    const auto open = [&](std::optional<Field> field, qsizetype at) {
        if (result.last().last < 0)
            result.last().last = at - 1;
        current = field;
        if (field)
            result.append({*field, at, -1});
    };
    for (qsizetype i = action + 1; i <= last; ++i) {
        const auto kind = kindAt(i);
        if (depth > 0 || kind == PfTokenKind::LeftParen || kind == PfTokenKind::LeftBrace) {
            if (kind == PfTokenKind::LeftParen || kind == PfTokenKind::LeftBrace)
                ++depth;
            else if (kind == PfTokenKind::RightParen || kind == PfTokenKind::RightBrace)
                --depth;
            continue;
        }
        if (kind == PfTokenKind::Arrow) {
            open(Field::TranslationTarget, i);
            break;
        }
        if (kind == PfTokenKind::Bang && i < last && wordAt(i + 1) == u"tagged") {
            open(Field::Tagged, i);
            ++i;
            continue;
        }
        if (kind != PfTokenKind::Word)
            continue;
        const QStringView word = wordAt(i);
        // `state limiter` / `source limiter` is a clause of its own, not part of
        // `keep state` nor of the port before it.
        if ((word == u"state" || word == u"source") && i < last && wordAt(i + 1) == u"limiter") {
            open(std::nullopt, i);
            hosts.reset();
            ++i;
            continue;
        }
        if (word == u"state" && current == Field::State)
            continue;
        if (word == u"no" && i < last && wordAt(i + 1) == u"state") {
            open(Field::State, i);
            ++i;
            continue;
        }
        if (word == u"port" && hosts) {
            open(*hosts == Field::Source ? Field::SourcePort : Field::DestinationPort, i);
            continue;
        }
        bool other = false;
        const auto field = fieldStartedBy(word, &other);
        if (field) {
            open(field, i);
            hosts = field == Field::Source || field == Field::Destination ? field : std::nullopt;
        } else if (other) {
            open(std::nullopt, i);
            hosts.reset();
            if (word == u"all") {
                *hasAll = true;
                *allToken = i;
            }
        }
    }
    if (result.last().last < 0)
        result.last().last = last;
    return result;
}

QHash<PfRulesetEditor::Field, QString> PfRulesetEditor::fieldValues(int statement) const
{
    QHash<Field, QString> values;
    if (!isRule(statement))
        return values;
    static const QRegularExpression continuation(u"\\s*\\\\\\r?\\n\\s*"_s);
    const auto &tokens = m_document.tokens();
    bool hasAll = false;
    qsizetype allToken = -1;
    for (const Clause &c : clauses(statement, &hasAll, &allToken)) {
        if (values.contains(c.field))
            continue;
        // Keywords that setField() writes itself.
        qsizetype first = c.first;
        switch (c.field) {
        case Field::Action:
        case Field::Direction:
        case Field::AddressFamily:
        case Field::State:
            break;
        case Field::Quick:
            values.insert(c.field, u"quick"_s);
            continue;
        case Field::Log:
            values.insert(c.field, {});
            if (c.last > c.first + 1) {
                first = c.first + 2;
                const Span inside {tokens[first].text.begin, tokens[c.last - 1].text.end};
                values.insert(c.field,
                              m_document.textOf(inside).toString().replace(continuation, u" "_s));
            }
            continue;
        case Field::Tagged:
            first =
                PfTokenKind(tokens[c.first].kind) == PfTokenKind::Bang ? c.first + 2 : c.first + 1;
            break;
        default:
            first = c.first + 1;
            break;
        }
        if (first > c.last)
            continue;
        QString value =
            m_document.textOf(Span {tokens[first].text.begin, tokens[c.last].text.end}).toString();
        value.replace(continuation, u" "_s);
        if (c.field == Field::Label && value.size() >= 2 && value.startsWith(u'"')
            && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2);
        values.insert(c.field, value);
    }
    return values;
}

PfRulesetEdit PfRulesetEditor::setField(int statement, Field field,
                                        const std::optional<QString> &value) const
{
    if (!isRule(statement))
        return PfRulesetEdit::failure(u"statement %1 is not a rule"_s.arg(statement));
    const int line = m_document.statements()[statement].line;
    const auto &tokens = m_document.tokens();
    bool hasAll = false;
    qsizetype allToken = -1;
    const QList<Clause> parts = clauses(statement, &hasAll, &allToken);
    const auto find = [&](Field f) -> const Clause * {
        for (const Clause &c : parts) {
            if (c.field == f)
                return &c;
        }
        return nullptr;
    };
    const Clause *existing = find(field);
    const auto spanOf = [&](const Clause &c) {
        return Span {tokens[c.first].text.begin, tokens[c.last].text.end};
    };
    const QString description = value
        ? u"Set %1 of rule at line %2 to %3"_s.arg(fieldName(field), QString::number(line), *value)
        : u"Remove %1 of rule at line %2"_s.arg(fieldName(field), QString::number(line));

    if (!value) {
        if (field == Field::Action)
            return PfRulesetEdit::failure(u"a rule needs an action"_s);
        if (!existing)
            return {{}, description, {}};
        if ((field == Field::Source && find(Field::SourcePort))
            || (field == Field::Destination && find(Field::DestinationPort))) {
            const QString keyword = field == Field::Source ? u"from any"_s : u"to any"_s;
            return {{{spanOf(*existing), keyword}}, description, {}};
        }
        Span cut = spanOf(*existing);
        const Span before = tokens[existing->first].trivia;
        if (isBlanks(m_document.textOf(before)) && !before.isEmpty()) {
            cut.begin = before.begin;
        } else if (existing->last + 1 < tokens.size()
                   && isBlanks(m_document.textOf(tokens[existing->last + 1].trivia))) {
            cut.end = tokens[existing->last + 1].text.begin;
        }
        return {{{cut, {}}}, description, {}};
    }

    QString clause;
    switch (field) {
    case Field::Action:
    case Field::Direction:
    case Field::AddressFamily:
    case Field::State:
        clause = *value;
        break;
    case Field::Log:
        clause = value->isEmpty() ? u"log"_s : u"log (%1)"_s.arg(*value);
        break;
    case Field::Quick:
        clause = u"quick"_s;
        break;
    case Field::Interface:
        clause = u"on "_s + *value;
        break;
    case Field::Protocol:
        clause = u"proto "_s + *value;
        break;
    case Field::Source:
        clause = u"from "_s + *value;
        break;
    case Field::SourcePort:
    case Field::DestinationPort:
        clause = u"port "_s + *value;
        break;
    case Field::Destination:
        clause = u"to "_s + *value;
        break;
    case Field::Flags:
        clause = u"flags "_s + *value;
        break;
    case Field::IcmpType: {
        const Clause *family = find(Field::AddressFamily);
        const bool six = existing ? m_document.textOf(tokens[existing->first]) == u"icmp6-type"
                                  : family && m_document.textOf(tokens[family->first]) == u"inet6";
        clause = (six ? u"icmp6-type "_s : u"icmp-type "_s) + *value;
        break;
    }
    case Field::Label:
        clause = u"label "_s + quoted(*value);
        break;
    case Field::Tag:
        clause = u"tag "_s + *value;
        break;
    case Field::Tagged:
        clause = u"tagged "_s + *value;
        break;
    case Field::Queue:
        clause = u"queue "_s + *value;
        break;
    case Field::Rtable:
        clause = u"rtable "_s + *value;
        break;
    case Field::Probability:
        clause = u"probability "_s + *value;
        break;
    case Field::TranslationTarget:
        clause = u"-> "_s + *value;
        break;
    }

    if (existing) {
        const Span span = spanOf(*existing);
        if (m_document.textOf(span) == clause)
            return {{}, description, {}};
        return {{{span, clause}}, description, {}};
    }
    const bool isPort = field == Field::SourcePort || field == Field::DestinationPort;
    const Field hostsField = field == Field::SourcePort ? Field::Source : Field::Destination;
    if (isPort && !find(hostsField))
        clause = (hostsField == Field::Source ? u"from any "_s : u"to any "_s) + clause;
    if (hasAll && (field == Field::Source || field == Field::Destination || isPort)) {
        return {{{tokens[allToken].text, clause}}, description, {}};
    }

    const auto order =
        std::find(std::begin(prefixOrder), std::end(prefixOrder), isPort ? hostsField : field);
    if (order == std::end(prefixOrder)) {
        // Options go at the end, before the translation target of nat, binat and rdr.
        if (const Clause *target = find(Field::TranslationTarget)) {
            const qsizetype at = tokens[target->first].text.begin;
            return {{{{at, at}, clause + u' '}}, description, {}};
        }
        const qsizetype at = tokens[lastToken(statement)].text.end;
        return {{{{at, at}, u' ' + clause}}, description, {}};
    }
    for (auto previous = isPort && find(hostsField) ? order + 1 : order;
         previous != std::begin(prefixOrder);) {
        --previous;
        if (const Clause *c = find(*previous)) {
            const qsizetype at = tokens[c->last].text.end;
            return {{{{at, at}, u' ' + clause}}, description, {}};
        }
    }
    return PfRulesetEdit::failure(
        u"cannot place %1 in the rule at line %2"_s.arg(fieldName(field)).arg(line));
}

int PfRulesetEditor::findStatement(PfStatement::Kind kind, const QString &name) const
{
    const auto &statements = m_document.statements();
    const auto &tokens = m_document.tokens();
    for (int i = 0; i < statements.size(); ++i) {
        const PfStatement &s = statements[i];
        if (s.kind != kind)
            continue;
        if (kind == Kind::Macro && m_document.textOf(tokens[s.firstToken]) == name)
            return i;
        if (kind == Kind::Table && s.firstToken + 3 < s.endToken
            && PfTokenKind(tokens[s.firstToken + 1].kind) == PfTokenKind::Less
            && m_document.textOf(tokens[s.firstToken + 2]) == name)
            return i;
    }
    return -1;
}

PfRulesetEdit PfRulesetEditor::insertLine(int afterStatement, int beforeStatement,
                                          const QString &line, const QString &description) const
{
    const QString &text = m_document.text();
    const QString nl = newline();
    std::optional<LineBlock> block;
    qsizetype at = text.size();
    if (afterStatement >= 0 && (block = ruleBlock(afterStatement, false)))
        at = block->end;
    else if (beforeStatement >= 0 && (block = ruleBlock(beforeStatement, true)))
        at = block->begin;
    const bool needsNewlineBefore = at > 0 && text[at - 1] != u'\n';
    return {{{{at, at}, needsNewlineBefore ? nl + line : line + nl}}, description, {}};
}

PfRulesetEdit PfRulesetEditor::addMacro(const QString &name, const QString &value) const
{
    static const QRegularExpression validName(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    if (!validName.match(name).hasMatch())
        return PfRulesetEdit::failure(u"invalid macro name: %1"_s.arg(name));
    if (findStatement(Kind::Macro, name) >= 0)
        return PfRulesetEdit::failure(u"macro %1 is already defined"_s.arg(name));

    const auto &statements = m_document.statements();
    const auto &tokens = m_document.tokens();
    QList<int> macros;
    for (int i = 0; i < statements.size(); ++i) {
        if (statements[i].kind == Kind::Macro && statements[i].parent == -1)
            macros.append(i);
    }
    QString beforeEqual = u" "_s;
    QString afterEqual = u" "_s;
    QChar quote = u'"';
    if (!macros.isEmpty()) {
        const PfStatement &last = statements[macros.last()];
        beforeEqual = m_document.textOf(tokens[last.firstToken + 1].trivia).toString();
        if (last.firstToken + 2 < last.endToken) {
            const Token &valueToken = tokens[last.firstToken + 2];
            afterEqual = m_document.textOf(valueToken.trivia).toString();
            if (PfTokenKind(valueToken.kind) != PfTokenKind::QuotedString && !value.contains(u' '))
                quote = QChar();
            else if (PfTokenKind(valueToken.kind) == PfTokenKind::QuotedString)
                quote = m_document.textOf(valueToken).front();
        }
        // Macros that line up their `=` keep doing so.
        QSet<qsizetype> columns;
        QSet<qsizetype> nameLengths;
        for (int m : std::as_const(macros)) {
            const PfStatement &s = statements[m];
            columns.insert(m_document.position(tokens[s.firstToken + 1].text.begin).column);
            nameLengths.insert(tokens[s.firstToken].text.length());
        }
        if (macros.size() > 1 && columns.size() == 1 && nameLengths.size() > 1) {
            const qsizetype column = *columns.cbegin();
            beforeEqual = QString(qMax<qsizetype>(1, column - 1 - name.size()), u' ');
        }
    }
    const QString written = quote.isNull() ? value : quote + value + quote;
    const QString line = name + beforeEqual + u'=' + afterEqual + written;
    int first = -1;
    for (int i = 0; i < statements.size() && first < 0; ++i) {
        if (statements[i].parent == -1)
            first = i;
    }
    return insertLine(macros.isEmpty() ? -1 : macros.last(), first, line,
                      u"Add macro %1"_s.arg(name));
}

PfRulesetEdit PfRulesetEditor::removeMacro(const QString &name) const
{
    const int statement = findStatement(Kind::Macro, name);
    if (statement < 0)
        return PfRulesetEdit::failure(u"no macro %1"_s.arg(name));
    const QRegularExpression use(u"\\$"_s + QRegularExpression::escape(name)
                                 + u"(?![A-Za-z0-9_])"_s);
    const PfStatement &definition = m_document.statements()[statement];
    const auto &tokens = m_document.tokens();
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (i >= definition.firstToken && i < definition.endToken)
            continue;
        if (use.matchView(m_document.textOf(tokens[i])).hasMatch())
            return PfRulesetEdit::failure(
                u"macro %1 is still used on line %2"_s.arg(name).arg(lineOf(tokens[i].text.begin)));
    }
    const auto block = ruleBlock(statement, true);
    if (!block)
        return PfRulesetEdit::failure(
            u"macro %1 shares its line with another statement"_s.arg(name));
    return removeLines(*block, u"Remove macro %1"_s.arg(name));
}

PfRulesetEdit PfRulesetEditor::addMacroEntry(const QString &name, const QString &entry) const
{
    const int statement = findStatement(Kind::Macro, name);
    if (statement < 0)
        return PfRulesetEdit::failure(u"no macro %1"_s.arg(name));
    const PfStatement &s = m_document.statements()[statement];
    if (s.firstToken + 2 >= s.endToken)
        return PfRulesetEdit::failure(u"macro %1 has no value"_s.arg(name));
    const Token &valueToken = m_document.tokens()[s.firstToken + 2];
    const QString &text = m_document.text();
    const QString description = u"Add %1 to macro %2"_s.arg(entry, name);
    const bool isQuoted = PfTokenKind(valueToken.kind) == PfTokenKind::QuotedString;
    const Span content =
        isQuoted ? Span {valueToken.text.begin + 1, valueToken.text.end - 1} : valueToken.text;
    const QStringView value = m_document.textOf(content);
    const qsizetype open = value.indexOf(u'{');
    const qsizetype close = value.lastIndexOf(u'}');
    if (open < 0 || close < open) {
        // A single value becomes a list of two.
        const QString list = u"{ %1, %2 }"_s.arg(value.trimmed().toString(), entry);
        if (value.trimmed() == entry)
            return PfRulesetEdit::failure(u"%1 is already in macro %2"_s.arg(entry, name));
        return {{{content, isQuoted ? list : u'"' + list + u'"'}}, description, {}};
    }
    const QList<Span> entries =
        macroListEntries(value.sliced(open + 1, close - open - 1), content.begin + open + 1);
    for (const Span &e : entries) {
        if (m_document.textOf(e) == entry)
            return PfRulesetEdit::failure(u"%1 is already in macro %2"_s.arg(entry, name));
    }
    if (entries.isEmpty()) {
        const qsizetype at = content.begin + open + 1;
        return {{{{at, at}, u' ' + entry}}, description, {}};
    }
    const qsizetype at = entries.last().end;
    return {{{{at, at}, listSeparator(text, entries) + entry}}, description, {}};
}

PfRulesetEdit PfRulesetEditor::removeMacroEntry(const QString &name, const QString &entry) const
{
    const int statement = findStatement(Kind::Macro, name);
    if (statement < 0)
        return PfRulesetEdit::failure(u"no macro %1"_s.arg(name));
    const PfStatement &s = m_document.statements()[statement];
    if (s.firstToken + 2 >= s.endToken)
        return PfRulesetEdit::failure(u"macro %1 has no value"_s.arg(name));
    const Token &valueToken = m_document.tokens()[s.firstToken + 2];
    const bool isQuoted = PfTokenKind(valueToken.kind) == PfTokenKind::QuotedString;
    const Span content =
        isQuoted ? Span {valueToken.text.begin + 1, valueToken.text.end - 1} : valueToken.text;
    const QStringView value = m_document.textOf(content);
    const qsizetype open = value.indexOf(u'{');
    const qsizetype close = value.lastIndexOf(u'}');
    if (open < 0 || close < open)
        return PfRulesetEdit::failure(u"macro %1 is not a list"_s.arg(name));
    const QList<Span> entries =
        macroListEntries(value.sliced(open + 1, close - open - 1), content.begin + open + 1);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (m_document.textOf(entries[i]) != entry)
            continue;
        if (entries.size() == 1)
            return PfRulesetEdit::failure(
                u"%1 is the last entry of macro %2; remove the macro instead"_s.arg(entry, name));
        return {{{listRemoval(m_document.text(), entries, i), {}}},
                u"Remove %1 from macro %2"_s.arg(entry, name),
                {}};
    }
    return PfRulesetEdit::failure(u"%1 is not in macro %2"_s.arg(entry, name));
}

// Entries of a table's `{ }` list: tokens written together (`!`, address, `/`, prefix).
QList<Span> PfRulesetEditor::tableEntries(int statement, Span *braces) const
{
    const PfStatement &s = m_document.statements()[statement];
    const auto &tokens = m_document.tokens();
    QList<Span> entries;
    *braces = {};
    qsizetype i = s.firstToken;
    while (i < s.endToken && PfTokenKind(tokens[i].kind) != PfTokenKind::LeftBrace)
        ++i;
    if (i >= s.endToken)
        return entries;
    braces->begin = tokens[i].text.begin;
    bool joinNext = false;
    for (++i; i < s.endToken; ++i) {
        const auto kind = PfTokenKind(tokens[i].kind);
        if (kind == PfTokenKind::RightBrace) {
            braces->end = tokens[i].text.end;
            break;
        }
        if (kind == PfTokenKind::Comma || kind == PfTokenKind::Newline) {
            joinNext = false;
            continue;
        }
        if (!entries.isEmpty() && (joinNext || tokens[i].trivia.isEmpty())
            && entries.last().end == tokens[i].trivia.begin)
            entries.last().end = tokens[i].text.end;
        else
            entries.append(tokens[i].text);
        joinNext = kind == PfTokenKind::Bang;
    }
    return entries;
}

PfRulesetEdit PfRulesetEditor::addTable(const QString &name, const QString &options,
                                        const QStringList &entries) const
{
    static const QRegularExpression validName(u"^[A-Za-z0-9_][A-Za-z0-9_.:-]*$"_s);
    if (!validName.match(name).hasMatch())
        return PfRulesetEdit::failure(u"invalid table name: %1"_s.arg(name));
    if (findStatement(Kind::Table, name) >= 0)
        return PfRulesetEdit::failure(u"table <%1> is already defined"_s.arg(name));
    const auto &statements = m_document.statements();
    int lastTable = -1;
    int lastMacro = -1;
    int first = -1;
    QString separator = u", "_s;
    for (int i = 0; i < statements.size(); ++i) {
        if (statements[i].parent != -1)
            continue;
        if (first < 0)
            first = i;
        if (statements[i].kind == Kind::Macro)
            lastMacro = i;
        if (statements[i].kind == Kind::Table) {
            lastTable = i;
            Span braces;
            const QList<Span> existing = tableEntries(i, &braces);
            if (existing.size() > 1)
                separator = listSeparator(m_document.text(), existing);
        }
    }
    QString line = u"table <%1>"_s.arg(name);
    if (!options.isEmpty())
        line += u' ' + options;
    if (!entries.isEmpty())
        line += u" { "_s + entries.join(separator) + u" }"_s;
    return insertLine(lastTable >= 0 ? lastTable : lastMacro, first, line,
                      u"Add table <%1>"_s.arg(name));
}

PfRulesetEdit PfRulesetEditor::removeTable(const QString &name) const
{
    const int statement = findStatement(Kind::Table, name);
    if (statement < 0)
        return PfRulesetEdit::failure(u"no table <%1>"_s.arg(name));
    const auto block = ruleBlock(statement, true);
    if (!block)
        return PfRulesetEdit::failure(
            u"table <%1> shares its line with another statement"_s.arg(name));
    return removeLines(*block, u"Remove table <%1>"_s.arg(name));
}

PfRulesetEdit PfRulesetEditor::addTableEntry(const QString &name, const QString &entry) const
{
    const int statement = findStatement(Kind::Table, name);
    if (statement < 0)
        return PfRulesetEdit::failure(u"no table <%1>"_s.arg(name));
    Span braces;
    const QList<Span> entries = tableEntries(statement, &braces);
    for (const Span &e : entries) {
        if (m_document.textOf(e) == entry)
            return PfRulesetEdit::failure(u"%1 is already in table <%2>"_s.arg(entry, name));
    }
    const QString description = u"Add %1 to table <%2>"_s.arg(entry, name);
    if (braces.isEmpty()) {
        const qsizetype at = m_document.tokens()[lastToken(statement)].text.end;
        return {{{{at, at}, u" { "_s + entry + u" }"_s}}, description, {}};
    }
    if (entries.isEmpty()) {
        const qsizetype at = braces.begin + 1;
        return {{{{at, at}, u' ' + entry}}, description, {}};
    }
    const qsizetype at = entries.last().end;
    return {{{{at, at}, listSeparator(m_document.text(), entries) + entry}}, description, {}};
}

PfRulesetEdit PfRulesetEditor::removeTableEntry(const QString &name, const QString &entry) const
{
    const int statement = findStatement(Kind::Table, name);
    if (statement < 0)
        return PfRulesetEdit::failure(u"no table <%1>"_s.arg(name));
    Span braces;
    const QList<Span> entries = tableEntries(statement, &braces);
    const QString description = u"Remove %1 from table <%2>"_s.arg(entry, name);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (m_document.textOf(entries[i]) != entry)
            continue;
        if (entries.size() > 1)
            return {{{listRemoval(m_document.text(), entries, i), {}}}, description, {}};
        // The last entry takes the braces with it.
        Span cut = braces;
        const QString &text = m_document.text();
        while (cut.begin > 0 && isBlank(text[cut.begin - 1]))
            --cut.begin;
        return {{{cut, {}}}, description, {}};
    }
    return PfRulesetEdit::failure(u"%1 is not in table <%2>"_s.arg(entry, name));
}
