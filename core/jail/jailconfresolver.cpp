#include "jailconfresolver.h"

#include <QVarLengthArray>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// One statement a section holds, as jail(8) queues it.
struct CollectedStatement
{
    int document = -1;
    int statement = -1;
    JailConfOrigin::Scope scope = JailConfOrigin::Scope::Global;
    // Made once for the statements of wildcard sections, which every matching
    // jail takes, and shared by the parameters they set: its origin alone, and
    // its values if they need no expansion.
    bool shared = false;
    QVarLengthArray<JailConfOrigin, 1> origins;
    QVarLengthArray<JailConfResolvedJail::Value, 1> values;
};

// A section as jail(8) queues it (struct cfjail): a real jail, a wildcard, or
// the "*" pseudo-jail that collects parameters outside any section.
struct CollectedSection
{
    QString name;
    bool wildcard = false;
    JailConfOrigin origin;
    int document = -1;
    int section = -1;
    QList<CollectedStatement> statements;
};

struct PendingParameter
{
    QString name;
    bool variable = false;
    bool immutable = false;
    QString implicitValue;
    // Every statement that set or appended it; the values come from those from
    // firstRaw on (the last `=` replaced the ones before).
    QVarLengthArray<JailConfOrigin, 1> statements;
    qsizetype firstRaw = 0;
    qsizetype rawCount = 0;
    // The wildcard statement all values come from, when that is one.
    const CollectedStatement *onlyRaw = nullptr;
    enum class State { Pending, Expanding, Done, Bad } state = State::Pending;
    QVarLengthArray<JailConfResolvedJail::Value, 1> values;
};

} // namespace

Q_DECLARE_TYPEINFO(CollectedSection, Q_RELOCATABLE_TYPE);

namespace {

// Whether any dot-separated component of the name starts with "no". One pass
// without library calls: the resolver asks it for every parameter it meets.
bool startsWithNo(QStringView name)
{
    for (qsizetype i = 0; i + 1 < name.size(); ++i) {
        if ((i == 0 || name[i - 1] == u'.') && name[i] == u'n' && name[i + 1] == u'o')
            return true;
    }
    return false;
}

CollectedStatement collectedStatement(int document, int statement, JailConfOrigin::Scope scope)
{
    CollectedStatement collected;
    collected.document = document;
    collected.statement = statement;
    collected.scope = scope;
    return collected;
}

JailConfOrigin originOf(const JailConfDocument &document, const CollectedStatement &collected)
{
    const JailConfStatement &statement = document.statements()[collected.statement];
    return {document.path(),
            statement.line,
            statement.column,
            collected.scope,
            collected.scope == JailConfOrigin::Scope::Global
                ? QString()
                : document.sections()[statement.section].name,
            collected.document,
            collected.statement,
            -1};
}

class Collector
{
public:
    explicit Collector(const JailConfDocumentSet &set)
        : m_set(set)
    { }

    QList<CollectedSection> collect()
    {
        walk(0);
        for (CollectedSection &section : m_sections) {
            if (!section.wildcard)
                continue;
            for (CollectedStatement &collected : section.statements)
                share(collected);
        }
        return std::move(m_sections);
    }

private:
    void share(CollectedStatement &collected) const
    {
        const JailConfDocument &document = m_set.documents()[collected.document];
        const JailConfStatement &statement = document.statements()[collected.statement];
        const JailConfOrigin origin = originOf(document, collected);
        collected.shared = true;
        collected.origins = {origin};
        for (qsizetype i = 0; i < statement.values.size(); ++i) {
            if (statement.values[i].hasVariables()) {
                collected.values.clear();
                break;
            }
            JailConfOrigin valueOrigin = origin;
            valueOrigin.value = int(i);
            collected.values.append({statement.values[i].unquoted(), std::move(valueOrigin)});
        }
    }

    void walk(int documentIndex)
    {
        if (m_active.contains(documentIndex))
            return;
        m_active.append(documentIndex);
        const JailConfDocument &document = m_set.documents()[documentIndex];
        for (const JailConfItem &item : document.items()) {
            if (item.kind == JailConfItem::Kind::Section) {
                const JailConfSection &section = document.sections()[item.index];
                CollectedSection collected;
                collected.name = section.name;
                collected.wildcard = section.isWildcard();
                collected.document = documentIndex;
                collected.section = item.index;
                const JailConfOrigin::Scope scope = collected.wildcard
                    ? JailConfOrigin::Scope::Wildcard
                    : JailConfOrigin::Scope::Jail;
                collected.origin = {document.path(),
                                    section.line,
                                    section.column,
                                    scope,
                                    section.name,
                                    documentIndex,
                                    -1,
                                    -1};
                // A jail's own statements are read from its section when it is
                // resolved; only wildcards, which many jails take, list theirs.
                if (collected.wildcard) {
                    for (int i = section.firstStatement;
                         i < section.firstStatement + section.statementCount; ++i) {
                        if (!document.statements()[i].isInclude())
                            collected.statements.append(
                                collectedStatement(documentIndex, i, scope));
                    }
                }
                m_sections.append(std::move(collected));
                continue;
            }
            const JailConfStatement &statement = document.statements()[item.index];
            if (statement.isInclude()) {
                for (int included : m_set.includedBy(documentIndex, item.index))
                    walk(included);
                continue;
            }
            // jailparse.y: a parameter outside any section goes to the last
            // jail if that is "*", else to a new "*" pseudo-jail.
            if (m_sections.isEmpty() || m_sections.last().name != u"*") {
                CollectedSection global;
                global.name = u"*"_s;
                global.wildcard = true;
                global.document = documentIndex;
                m_sections.append(std::move(global));
            }
            m_sections.last().statements.append(
                collectedStatement(documentIndex, item.index, JailConfOrigin::Scope::Global));
        }
        m_active.removeLast();
    }

    const JailConfDocumentSet &m_set;
    QList<CollectedSection> m_sections;
    QList<int> m_active;
};

class JailBuilder
{
public:
    // `parameters` is scratch space that one builder after the other reuses.
    JailBuilder(const JailConfDocumentSet &set, const CollectedSection &jail,
                QList<PendingParameter> &parameters, QList<Diagnostic> &diagnostics)
        : m_set(set)
        , m_jail(jail)
        , m_parameters(parameters)
        , m_diagnostics(diagnostics)
    {
        m_result.name = jail.name;
        m_result.origin = jail.origin;
        m_result.document = jail.document;
        m_result.section = jail.section;
        m_parameters.clear();
    }

    // config.c load_config(): "The jail name implies its "name" or "jid" parameter".
    void addImplicitName()
    {
        bool numeric = false;
        const long long number = m_jail.name.toLongLong(&numeric);
        PendingParameter parameter;
        parameter.name = numeric && number != 0 ? u"jid"_s : u"name"_s;
        parameter.immutable = true;
        JailConfOrigin origin = m_jail.origin;
        origin.scope = JailConfOrigin::Scope::Implicit;
        parameter.implicitValue = m_jail.name;
        parameter.statements.append(origin);
        parameter.rawCount = 1;
        m_parameters.append(std::move(parameter));
    }

    void addSection(const CollectedSection &section)
    {
        if (section.wildcard) {
            for (const CollectedStatement &statement : section.statements)
                add(statement);
            return;
        }
        const JailConfDocument &document = m_set.documents()[section.document];
        const JailConfSection &own = document.sections()[section.section];
        for (int i = own.firstStatement; i < own.firstStatement + own.statementCount; ++i) {
            if (!document.statements()[i].isInclude())
                add(collectedStatement(section.document, i, JailConfOrigin::Scope::Jail));
        }
    }

    JailConfResolvedJail finish()
    {
        for (int i = 0; i < m_parameters.size(); ++i)
            expand(i);
        const qsizetype variables =
            std::count_if(m_parameters.cbegin(), m_parameters.cend(),
                          [](const PendingParameter &parameter) { return parameter.variable; });
        m_result.parameters.reserve(m_parameters.size() - variables);
        m_result.variables.reserve(variables);
        for (PendingParameter &parameter : m_parameters) {
            // Made in place: moving a parameter moves the values it holds inline.
            JailConfResolvedJail::Parameter &resolved =
                (parameter.variable ? m_result.variables : m_result.parameters).emplaceBack();
            resolved.name = std::move(parameter.name);
            resolved.values = std::move(parameter.values);
            resolved.statements = std::move(parameter.statements);
            resolved.failed = parameter.state == PendingParameter::State::Bad;
        }
        return std::move(m_result);
    }

private:
    void warn(const JailConfOrigin &origin, const QString &message)
    {
        m_result.failed = true;
        m_diagnostics.append({Diagnostic::Severity::Error, origin.file, origin.line, origin.column,
                              u"jail \"%1\": %2"_s.arg(m_jail.name, message)});
    }

    // A jail has a few dozen parameters at most: comparing names beats hashing them.
    int findExact(QStringView name) const
    {
        for (int i = 0; i < m_parameters.size(); ++i)
            if (m_parameters[i].name == name)
                return i;
        return -1;
    }

    // `negatable`: startsWithNo(name), which the caller needs too.
    int find(const QString &name, bool negatable) const
    {
        const int exact = findExact(name);
        if (exact >= 0 || (!m_anyNo && !negatable))
            return exact;
        for (int i = 0; i < m_parameters.size(); ++i)
            if (JailConfResolver::sameParameter(m_parameters[i].name, name))
                return i;
        return -1;
    }

    const JailConfStatement &statementOf(const JailConfOrigin &origin) const
    {
        return m_set.documents()[origin.document].statements()[origin.statement];
    }

    // config.c add_param()
    void add(const CollectedStatement &collected)
    {
        const JailConfDocument &document = m_set.documents()[collected.document];
        const JailConfStatement &statement = document.statements()[collected.statement];
        JailConfOrigin origin =
            collected.shared ? collected.origins.first() : originOf(document, collected);
        // Only statements of wildcard sections outlive this call.
        const CollectedStatement *shared = collected.shared ? &collected : nullptr;
        const bool variable = statement.isVariable();
        const bool append = statement.op == JailConfStatement::Operator::Append;
        const bool negatable = startsWithNo(statement.name);
        const int index = find(statement.name, negatable);
        if (index >= 0) {
            PendingParameter &existing = m_parameters[index];
            if (existing.variable != variable) {
                warn(origin,
                     u"variable \"$%1\" cannot have the same name as a parameter."_s.arg(
                         statement.name));
                return;
            }
            if (existing.immutable) {
                warn(origin, u"cannot redefine parameter \"%1\"."_s.arg(existing.name));
                return;
            }
            if (existing.name != statement.name)
                existing.name = statement.name;
            if (!append || statement.values.isEmpty()) {
                existing.firstRaw = existing.statements.size();
                existing.rawCount = 0;
                existing.onlyRaw = shared;
            } else if (!statement.values.isEmpty()) {
                existing.onlyRaw = existing.rawCount == 0 ? shared : nullptr;
            }
            existing.rawCount += statement.values.size();
            existing.statements.append(std::move(origin));
            return;
        }
        PendingParameter &parameter = m_parameters.emplaceBack();
        parameter.name = statement.name;
        parameter.variable = variable;
        parameter.rawCount = statement.values.size();
        parameter.onlyRaw = shared;
        if (collected.shared)
            parameter.statements = collected.origins;
        else
            parameter.statements.append(std::move(origin));
        m_anyNo = m_anyNo || negatable;
    }

    // config.c load_config(), "Resolve any variable substitutions", with the
    // same errors: unknown variable, loop, array substituted inline.
    void expand(int index)
    {
        PendingParameter &parameter = m_parameters[index];
        if (parameter.state != PendingParameter::State::Pending)
            return;
        parameter.state = PendingParameter::State::Expanding;
        if (parameter.onlyRaw && parameter.onlyRaw->values.size() == parameter.rawCount) {
            parameter.values = parameter.onlyRaw->values;
            parameter.state = PendingParameter::State::Done;
            return;
        }
        QVarLengthArray<JailConfResolvedJail::Value, 1> values;
        values.reserve(parameter.rawCount);
        // Only add() appends to m_parameters, so `parameter` stays valid while variables expand.
        for (qsizetype s = parameter.firstRaw; s < parameter.statements.size(); ++s) {
            const JailConfOrigin &statementOrigin = parameter.statements[s];
            if (statementOrigin.statement < 0) {
                values.append({parameter.implicitValue, statementOrigin});
                continue;
            }
            const JailConfStatement &statement = statementOf(statementOrigin);
            for (qsizetype r = 0; r < statement.values.size(); ++r) {
                const JailConfValue &raw = statement.values[r];
                JailConfOrigin origin = statementOrigin;
                origin.value = int(r);
                if (!raw.hasVariables()) {
                    values.append({raw.unquoted(), std::move(origin)});
                    continue;
                }
                if (!expandValue(index, raw, origin, values))
                    return fail(index);
            }
        }
        parameter.values = std::move(values);
        parameter.state = PendingParameter::State::Done;
    }

    // One value with variables, appended to `values`; false (after a warning) when it fails.
    bool expandValue(int index, const JailConfValue &raw, const JailConfOrigin &origin,
                     QVarLengthArray<JailConfResolvedJail::Value, 1> &values)
    {
        // Whether the string has text of its own (cfstring.s non-empty).
        bool hasLiteral = false;
        for (const JailConfValue::Part &part : raw.parts)
            hasLiteral = hasLiteral
                || (part.kind == JailConfValue::Part::Kind::Text && !part.text.isEmpty());
        // The pieces first, then the text in one allocation of its final size.
        QVarLengthArray<QStringView, 8> pieces;
        qsizetype length = 0;
        bool textSoFar = false;
        QStringList extra;
        for (qsizetype p = 0; p < raw.parts.size(); ++p) {
            const JailConfValue::Part &part = raw.parts[p];
            if (part.kind == JailConfValue::Part::Kind::Text) {
                pieces.append(part.text);
                length += part.text.size();
                textSoFar = textSoFar || !part.text.isEmpty();
                continue;
            }
            const QString &owner = m_parameters[index].name;
            const int target = findExact(part.text);
            if (target < 0 || m_parameters[target].rawCount == 0) {
                warn(origin, u"%1: variable \"%2\" not found"_s.arg(owner, part.text));
                return false;
            }
            if (m_parameters[target].state == PendingParameter::State::Expanding) {
                warn(origin, u"%1: variable loop"_s.arg(part.text));
                return false;
            }
            expand(target);
            const PendingParameter &source = m_parameters[target];
            if (source.state == PendingParameter::State::Bad)
                return false;
            bool laterVariable = false;
            for (qsizetype q = p + 1; q < raw.parts.size(); ++q)
                laterVariable =
                    laterVariable || raw.parts[q].kind == JailConfValue::Part::Kind::Variable;
            if (source.values.size() > 1 && (hasLiteral || textSoFar || laterVariable)) {
                warn(origin, u"%1: array cannot be substituted inline"_s.arg(owner));
                return false;
            }
            pieces.append(source.values.first().text);
            length += source.values.first().text.size();
            textSoFar = textSoFar || !source.values.first().text.isEmpty();
            for (qsizetype v = 1; v < source.values.size(); ++v)
                extra.append(source.values[v].text);
        }
        QString text;
        text.reserve(length);
        for (QStringView piece : pieces)
            text += piece;
        values.append({text, origin});
        for (const QString &value : std::as_const(extra))
            values.append({value, origin});
        return true;
    }

    void fail(int index)
    {
        m_parameters[index].state = PendingParameter::State::Bad;
        m_parameters[index].values.clear();
    }

    const JailConfDocumentSet &m_set;
    const CollectedSection &m_jail;
    QList<PendingParameter> &m_parameters; // names are unique
    QList<Diagnostic> &m_diagnostics;
    JailConfResolvedJail m_result;
    bool m_anyNo = false;
};

} // namespace

namespace {

// Moves the origins of a jail carried over from before an edit of `document`.
class OriginMover
{
public:
    OriginMover(const JailConfDocument &edited, int document, const JailConfDocumentChange &change)
        : m_document(document)
        , m_change(change)
    {
        // Jails take statements from outside their own section only from
        // wildcards and statements outside sections; if none follows the edit,
        // only the sections after it have origins that moved.
        const QList<JailConfItem> &items = edited.items();
        for (qsizetype k = change.firstItem + change.newItemCount; k < items.size(); ++k) {
            m_sharedAfter = m_sharedAfter || items[k].kind == JailConfItem::Kind::Statement
                || edited.sections()[items[k].index].isWildcard();
        }
    }

    // The jail as the edited documents give it; `jail` itself when nothing moved.
    JailConfResolvedJail moved(const JailConfResolvedJail &jail) const
    {
        const bool sectionMoved =
            jail.document == m_document && jail.section >= m_change.oldSectionEnd();
        if (!sectionMoved
            && (!m_sharedAfter || (!anyMoves(jail.parameters) && !anyMoves(jail.variables))))
            return jail;
        JailConfResolvedJail result = jail;
        if (sectionMoved) {
            result.section = m_change.newSectionIndex(jail.section);
            result.origin.line = m_change.newLine(jail.origin.line);
        }
        for (QList<JailConfResolvedJail::Parameter> *list :
             {&result.parameters, &result.variables}) {
            for (JailConfResolvedJail::Parameter &parameter : *list) {
                for (JailConfResolvedJail::Value &value : parameter.values)
                    move(value.origin, sectionMoved);
                for (JailConfOrigin &origin : parameter.statements)
                    move(origin, sectionMoved);
            }
        }
        return result;
    }

private:
    // A statement after the edit, or the header of a section after it (the
    // implicit name comes from the jail's own header).
    bool moves(const JailConfOrigin &origin) const
    {
        return origin.document == m_document && origin.statement >= m_change.oldStatementEnd();
    }

    bool anyMoves(const QList<JailConfResolvedJail::Parameter> &parameters) const
    {
        for (const JailConfResolvedJail::Parameter &parameter : parameters) {
            for (const JailConfResolvedJail::Value &value : parameter.values)
                if (moves(value.origin))
                    return true;
            for (const JailConfOrigin &origin : parameter.statements)
                if (moves(origin))
                    return true;
        }
        return false;
    }

    void move(JailConfOrigin &origin, bool sectionMoved) const
    {
        if (origin.document != m_document)
            return;
        if (origin.statement < 0 ? sectionMoved : origin.statement >= m_change.oldStatementEnd()) {
            if (origin.statement >= 0)
                origin.statement = m_change.newStatementIndex(origin.statement);
            origin.line = m_change.newLine(origin.line);
        }
    }

    int m_document;
    const JailConfDocumentChange &m_change;
    bool m_sharedAfter = false;
};

// The sections of a set in jail(8)'s order, with its wildcards picked out.
struct CollectedSections
{
    explicit CollectedSections(const JailConfDocumentSet &set)
        : sections(set.isEmpty() ? QList<CollectedSection>() : Collector(set).collect())
    {
        for (int i = 0; i < sections.size(); ++i) {
            if (sections[i].wildcard) {
                wildcards.append(&sections[i]);
                wildcardSequence.append(i);
            }
        }
    }

    // Resolves the jails among sections [begin, end); `carry(section)` may hand
    // over a jail from an earlier resolution instead (nullopt: resolve it).
    template<typename Carry>
    JailConfResolution resolve(const JailConfDocumentSet &set, qsizetype begin, qsizetype end,
                               Carry &&carry) const
    {
        JailConfResolution resolution;
        resolution.jails.reserve(end - begin);
        QList<PendingParameter> parameters;
        parameters.reserve(32);
        for (qsizetype i = begin; i < end; ++i) {
            const CollectedSection &jail = sections[i];
            if (jail.wildcard)
                continue;
            if (std::optional<JailConfResolvedJail> carried = carry(jail)) {
                resolution.jails.append(std::move(*carried));
                continue;
            }
            JailBuilder builder(set, jail, parameters, resolution.diagnostics);
            builder.addImplicitName();
            bool didSelf = false;
            for (int w = 0; w < wildcards.size(); ++w) {
                if (i < wildcardSequence[w] && !didSelf) {
                    builder.addSection(jail);
                    didSelf = true;
                }
                if (wildcards[w]->name == u"*"
                    || JailConfSection::wildcardMatches(wildcards[w]->name, jail.name))
                    builder.addSection(*wildcards[w]);
            }
            if (!didSelf)
                builder.addSection(jail);
            resolution.jails.append(builder.finish());
        }
        return resolution;
    }

    Q_DISABLE_COPY_MOVE(CollectedSections) // `wildcards` points into `sections`

    const QList<CollectedSection> sections;
    QList<const CollectedSection *> wildcards;
    QList<int> wildcardSequence;
};

} // namespace

JailConfResolution JailConfResolver::resolve(const JailConfDocumentSet &set)
{
    const CollectedSections collected(set);
    return collected.resolve(set, 0, collected.sections.size(), [](const CollectedSection &) {
        return std::optional<JailConfResolvedJail>();
    });
}

JailConfResolution JailConfResolver::resolve(const JailConfDocumentSet &set,
                                             const JailConfResolution &previous, int document,
                                             const JailConfDocumentChange &change,
                                             QList<int> *carriedOver)
{
    QList<int> carried;
    if (!change.onlyJailSections) {
        JailConfResolution resolution = resolve(set);
        if (carriedOver)
            *carriedOver = QList<int>(resolution.jails.size(), -1);
        return resolution;
    }
    // The jails keep their order: walk the previous ones alongside, skipping
    // those whose sections the edit replaced.
    const auto replacedBefore = [&](const JailConfResolvedJail &jail) {
        return jail.document == document && jail.section >= change.firstSection
            && jail.section < change.oldSectionEnd();
    };
    const OriginMover mover(set.documents()[document], document, change);
    qsizetype next = 0;
    bool consistent = true;
    const CollectedSections collected(set);
    JailConfResolution resolution = collected.resolve(
        set, 0, collected.sections.size(),
        [&](const CollectedSection &jail) -> std::optional<JailConfResolvedJail> {
            const bool replaced = jail.document == document && jail.section >= change.firstSection
                && jail.section < change.firstSection + change.newSectionCount;
            if (replaced) {
                carried.append(-1);
                return std::nullopt;
            }
            while (next < previous.jails.size() && replacedBefore(previous.jails[next]))
                ++next;
            const int oldSection = jail.document == document && jail.section >= change.firstSection
                ? jail.section - change.sectionDelta()
                : jail.section;
            if (next >= previous.jails.size() || previous.jails[next].document != jail.document
                || previous.jails[next].section != oldSection) {
                consistent = false;
                carried.append(-1);
                return std::nullopt;
            }
            const JailConfResolvedJail &old = previous.jails[next++];
            // A failed jail is resolved again for its diagnostics.
            if (old.failed) {
                carried.append(-1);
                return std::nullopt;
            }
            carried.append(int(next - 1));
            return mover.moved(old);
        });
    if (!consistent) {
        // `previous` does not belong to the set before this change.
        resolution = resolve(set);
        carried = QList<int>(resolution.jails.size(), -1);
    }
    if (carriedOver)
        *carriedOver = std::move(carried);
    return resolution;
}

JailConfResolution JailConfResolver::resolve(const JailConfDocument &document)
{
    return resolve(JailConfDocumentSet::fromDocument(document, JailConfReader::inMemory({})));
}

// jail.c equalopts()
bool JailConfResolver::sameParameter(QStringView a, QStringView b)
{
    if (a == b)
        return true;
    if (a.startsWith(u"no") && a.sliced(2) == b)
        return true;
    if (b.startsWith(u"no") && b.sliced(2) == a)
        return true;
    while (true) {
        const qsizetype dot = a.indexOf(u'.');
        if (dot < 0 || b.size() <= dot || a.first(dot + 1) != b.first(dot + 1))
            return false;
        a = a.sliced(dot + 1);
        b = b.sliced(dot + 1);
        if (a.startsWith(u"no") && a.sliced(2) == b)
            return true;
        if (b.startsWith(u"no") && b.sliced(2) == a)
            return true;
    }
}
