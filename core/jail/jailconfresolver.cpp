#include "jailconfresolver.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

// A section as jail(8) queues it (struct cfjail): a real jail, a wildcard, or
// the "*" pseudo-jail that collects parameters outside any section.
struct CollectedSection
{
    QString name;
    bool wildcard = false;
    JailConfOrigin origin;
    int document = -1;
    int section = -1;
    QList<JailConfOrigin> statements; // origin.value unset; one per statement
};

struct PendingParameter
{
    QString name;
    bool variable = false;
    bool immutable = false;
    QList<const JailConfValue *> raw; // nullptr: the implicit name/jid value
    QList<JailConfOrigin> rawOrigins;
    QString implicitValue;
    QList<JailConfOrigin> statements;
    enum class State { Pending, Expanding, Done, Bad } state = State::Pending;
    QList<JailConfResolvedJail::Value> values;
};

bool startsWithNo(QStringView name)
{
    if (name.startsWith(u"no"))
        return true;
    for (qsizetype at = name.indexOf(u'.'); at >= 0; at = name.indexOf(u'.', at + 1))
        if (name.sliced(at + 1).startsWith(u"no"))
            return true;
    return false;
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
        return std::move(m_sections);
    }

private:
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
                for (int i = section.firstStatement;
                     i < section.firstStatement + section.statementCount; ++i) {
                    const JailConfStatement &statement = document.statements()[i];
                    if (!statement.isInclude())
                        collected.statements.append({document.path(), statement.line,
                                                     statement.column, scope, section.name,
                                                     documentIndex, i, -1});
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
            m_sections.last().statements.append({document.path(), statement.line, statement.column,
                                                 JailConfOrigin::Scope::Global, QString(),
                                                 documentIndex, item.index, -1});
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
    JailBuilder(const JailConfDocumentSet &set, const CollectedSection &jail,
                QList<Diagnostic> &diagnostics)
        : m_set(set)
        , m_jail(jail)
        , m_diagnostics(diagnostics)
    {
        m_result.name = jail.name;
        m_result.origin = jail.origin;
        m_result.document = jail.document;
        m_result.section = jail.section;
        m_exact.reserve(64);
    }

    // config.c load_config(): "The jail name implies its "name" or "jid" parameter".
    void addImplicitName()
    {
        bool numeric = false;
        const long long number = m_jail.name.toLongLong(&numeric);
        PendingParameter parameter;
        parameter.name = numeric && number != 0 ? u"jid"_s : u"name"_s;
        parameter.immutable = true;
        parameter.raw.append(nullptr);
        JailConfOrigin origin = m_jail.origin;
        origin.scope = JailConfOrigin::Scope::Implicit;
        parameter.rawOrigins.append(origin);
        parameter.implicitValue = m_jail.name;
        parameter.statements.append(origin);
        m_exact.insert(parameter.name, 0);
        m_parameters.append(std::move(parameter));
    }

    void addSection(const CollectedSection &section)
    {
        for (const JailConfOrigin &origin : section.statements)
            add(origin);
    }

    JailConfResolvedJail finish()
    {
        for (int i = 0; i < m_parameters.size(); ++i)
            expand(i);
        for (PendingParameter &parameter : m_parameters) {
            JailConfResolvedJail::Parameter resolved;
            resolved.name = std::move(parameter.name);
            resolved.values = std::move(parameter.values);
            resolved.statements = std::move(parameter.statements);
            resolved.failed = parameter.state == PendingParameter::State::Bad;
            (parameter.variable ? m_result.variables : m_result.parameters)
                .append(std::move(resolved));
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

    int find(const QString &name)
    {
        const int exact = m_exact.value(name, -1);
        if (exact >= 0 || (!m_anyNo && !startsWithNo(name)))
            return exact;
        for (int i = 0; i < m_parameters.size(); ++i)
            if (JailConfResolver::sameParameter(m_parameters[i].name, name))
                return i;
        return -1;
    }

    // config.c add_param()
    void add(const JailConfOrigin &origin)
    {
        const JailConfStatement &statement =
            m_set.documents()[origin.document].statements()[origin.statement];
        const bool variable = statement.isVariable();
        const bool append = statement.op == JailConfStatement::Operator::Append;
        const int index = find(statement.name);
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
            if (existing.name != statement.name) {
                m_exact.remove(existing.name);
                existing.name = statement.name;
                m_exact.insert(existing.name, index);
            }
            if (!append || statement.values.isEmpty()) {
                existing.raw.clear();
                existing.rawOrigins.clear();
            }
            appendValues(existing, statement, origin);
            existing.statements.append(origin);
            return;
        }
        PendingParameter parameter;
        parameter.name = statement.name;
        parameter.variable = variable;
        appendValues(parameter, statement, origin);
        parameter.statements.append(origin);
        m_anyNo = m_anyNo || startsWithNo(parameter.name);
        m_exact.insert(parameter.name, int(m_parameters.size()));
        m_parameters.append(std::move(parameter));
    }

    static void appendValues(PendingParameter &parameter, const JailConfStatement &statement,
                             const JailConfOrigin &origin)
    {
        for (int i = 0; i < statement.values.size(); ++i) {
            parameter.raw.append(&statement.values[i]);
            JailConfOrigin valueOrigin = origin;
            valueOrigin.value = i;
            parameter.rawOrigins.append(valueOrigin);
        }
    }

    // config.c load_config(), "Resolve any variable substitutions", with the
    // same errors: unknown variable, loop, array substituted inline.
    void expand(int index)
    {
        PendingParameter &parameter = m_parameters[index];
        if (parameter.state != PendingParameter::State::Pending)
            return;
        parameter.state = PendingParameter::State::Expanding;
        QList<JailConfResolvedJail::Value> values;
        for (int r = 0; r < m_parameters[index].raw.size(); ++r) {
            const JailConfValue *raw = m_parameters[index].raw[r];
            const JailConfOrigin origin = m_parameters[index].rawOrigins[r];
            if (!raw) {
                values.append({m_parameters[index].implicitValue, origin});
                continue;
            }
            if (!raw->hasVariables()) {
                values.append({raw->unquoted(), origin});
                continue;
            }
            // Whether the string has text of its own (cfstring.s non-empty).
            bool hasLiteral = false;
            for (const JailConfValue::Part &part : raw->parts)
                hasLiteral = hasLiteral
                    || (part.kind == JailConfValue::Part::Kind::Text && !part.text.isEmpty());
            QString text;
            QStringList extra;
            for (int p = 0; p < raw->parts.size(); ++p) {
                const JailConfValue::Part &part = raw->parts[p];
                if (part.kind == JailConfValue::Part::Kind::Text) {
                    text += part.text;
                    continue;
                }
                const QString &owner = m_parameters[index].name;
                const int target = m_exact.value(part.text, -1);
                if (target < 0 || m_parameters[target].raw.isEmpty()) {
                    warn(origin, u"%1: variable \"%2\" not found"_s.arg(owner, part.text));
                    return fail(index);
                }
                if (m_parameters[target].state == PendingParameter::State::Expanding) {
                    warn(origin, u"%1: variable loop"_s.arg(part.text));
                    return fail(index);
                }
                expand(target);
                const PendingParameter &source = m_parameters[target];
                if (source.state == PendingParameter::State::Bad)
                    return fail(index);
                bool laterVariable = false;
                for (int q = p + 1; q < raw->parts.size(); ++q)
                    laterVariable =
                        laterVariable || raw->parts[q].kind == JailConfValue::Part::Kind::Variable;
                if (source.values.size() > 1 && (hasLiteral || !text.isEmpty() || laterVariable)) {
                    warn(origin, u"%1: array cannot be substituted inline"_s.arg(owner));
                    return fail(index);
                }
                text += source.values.first().text;
                for (qsizetype v = 1; v < source.values.size(); ++v)
                    extra.append(source.values[v].text);
            }
            values.append({text, origin});
            for (const QString &value : std::as_const(extra))
                values.append({value, origin});
        }
        m_parameters[index].values = std::move(values);
        m_parameters[index].state = PendingParameter::State::Done;
    }

    void fail(int index)
    {
        m_parameters[index].state = PendingParameter::State::Bad;
        m_parameters[index].values.clear();
    }

    const JailConfDocumentSet &m_set;
    const CollectedSection &m_jail;
    QList<Diagnostic> &m_diagnostics;
    JailConfResolvedJail m_result;
    QList<PendingParameter> m_parameters;
    QHash<QString, int> m_exact;
    bool m_anyNo = false;
};

} // namespace

JailConfResolution JailConfResolver::resolve(const JailConfDocumentSet &set)
{
    JailConfResolution resolution;
    if (set.isEmpty())
        return resolution;
    const QList<CollectedSection> sections = Collector(set).collect();
    QList<const CollectedSection *> wildcards;
    QList<int> wildcardSequence;
    for (int i = 0; i < sections.size(); ++i) {
        if (sections[i].wildcard) {
            wildcards.append(&sections[i]);
            wildcardSequence.append(i);
        }
    }
    for (int i = 0; i < sections.size(); ++i) {
        const CollectedSection &jail = sections[i];
        if (jail.wildcard)
            continue;
        JailBuilder builder(set, jail, resolution.diagnostics);
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
