#include "pfruletablemodel.h"

#include "pfnames.h"
#include "pftokenkind.h"

#include <QFont>
#include <QMimeData>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString mimeType = u"application/x-jailwright-pf-rule"_s;

using Field = PfRulesetEditor::Field;

QString joinContinuations(QStringView text)
{
    static const QRegularExpression continuation(u"\\s*\\\\\\r?\\n\\s*"_s);
    return text.toString().replace(continuation, u" "_s).trimmed();
}

QString addressText(const PfAddress &address)
{
    QString text = address.negated ? u"!"_s : QString();
    switch (address.type) {
    case PfAddress::Type::Any:
        return text + u"any"_s;
    case PfAddress::Type::Host:
        text += address.address;
        if (address.prefix >= 0)
            text += u'/' + QString::number(address.prefix);
        return text;
    case PfAddress::Type::Range:
        return text + address.address + u" - "_s + address.rangeEnd;
    case PfAddress::Type::Table:
        return text + u'<' + address.address + u'>';
    case PfAddress::Type::Interface: {
        QString name = address.address;
        for (const QString &modifier : address.modifiers)
            name += u':' + modifier;
        return text + (address.dynamic ? u'(' + name + u')' : name);
    }
    case PfAddress::Type::Self:
        return text + u"self"_s;
    case PfAddress::Type::NoRoute:
        return text + u"no-route"_s;
    case PfAddress::Type::UrpfFailed:
        return text + u"urpf-failed"_s;
    case PfAddress::Type::Route:
        return text + u"route "_s + address.address;
    }
    return text;
}

QString addressesText(const QList<PfAddress> &addresses)
{
    QStringList parts;
    for (const PfAddress &address : addresses)
        parts.append(addressText(address));
    return parts.isEmpty() ? u"any"_s : parts.join(u", "_s);
}

QString rangeText(const PfRangeSpec &spec)
{
    const QString low = spec.name.isEmpty() ? QString::number(spec.low) : spec.name;
    const QString high = QString::number(spec.high);
    switch (spec.op) {
    case PfRangeSpec::Op::None:
    case PfRangeSpec::Op::Equal:
        return low;
    case PfRangeSpec::Op::NotEqual:
        return u"!= "_s + low;
    case PfRangeSpec::Op::Less:
        return u"< "_s + low;
    case PfRangeSpec::Op::LessEqual:
        return u"<= "_s + low;
    case PfRangeSpec::Op::Greater:
        return u"> "_s + low;
    case PfRangeSpec::Op::GreaterEqual:
        return u">= "_s + low;
    case PfRangeSpec::Op::Range:
        return QString::number(spec.low) + u':' + high;
    case PfRangeSpec::Op::Inside:
        return QString::number(spec.low) + u" >< "_s + high;
    case PfRangeSpec::Op::Outside:
        return QString::number(spec.low) + u" <> "_s + high;
    }
    return low;
}

QString rangesText(const QList<PfRangeSpec> &specs)
{
    QStringList parts;
    for (const PfRangeSpec &spec : specs)
        parts.append(rangeText(spec));
    return parts.join(u", "_s);
}

QString actionText(const PfRule &rule)
{
    using A = PfRule::Action;
    static const QHash<A, QString> names = {
        {A::Pass, u"pass"_s},
        {A::Block, u"block"_s},
        {A::Match, u"match"_s},
        {A::Scrub, u"scrub"_s},
        {A::Nat, u"nat"_s},
        {A::NoNat, u"no nat"_s},
        {A::Binat, u"binat"_s},
        {A::NoBinat, u"no binat"_s},
        {A::Rdr, u"rdr"_s},
        {A::NoRdr, u"no rdr"_s},
        {A::Anchor, u"anchor"_s},
        {A::NatAnchor, u"nat-anchor"_s},
        {A::RdrAnchor, u"rdr-anchor"_s},
        {A::BinatAnchor, u"binat-anchor"_s},
    };
    QString text = names.value(rule.action);
    switch (rule.blockPolicy) {
    case PfRule::BlockPolicy::Drop:
        text += u" drop"_s;
        break;
    case PfRule::BlockPolicy::Return:
        text += u" return"_s;
        break;
    case PfRule::BlockPolicy::ReturnRst:
        text += u" return-rst"_s;
        break;
    case PfRule::BlockPolicy::ReturnIcmp:
        text += u" return-icmp"_s;
        break;
    case PfRule::BlockPolicy::Default:
        break;
    }
    if (rule.isAnchorCall() && !rule.anchorName.isEmpty())
        text += u" \""_s + rule.anchorName + u'"';
    if (rule.log)
        text += u" log"_s;
    if (!rule.pool.isEmpty()) {
        static const QHash<PfRule::TranslationKind, QString> kinds = {
            {PfRule::TranslationKind::NatTo, u"nat-to"_s},
            {PfRule::TranslationKind::RdrTo, u"rdr-to"_s},
            {PfRule::TranslationKind::BinatTo, u"binat-to"_s},
        };
        text += u' ' + kinds.value(rule.translation, u"→"_s) + u' '
            + addressesText(rule.pool.addresses);
        if (rule.pool.ports.op != PfRangeSpec::Op::None)
            text += u" port "_s + rangeText(rule.pool.ports);
    }
    return text;
}

QString stateText(const PfRule &rule)
{
    QString text;
    switch (rule.state) {
    case PfRule::StateMode::Default:
        return {};
    case PfRule::StateMode::NoState:
        text = u"no state"_s;
        break;
    case PfRule::StateMode::Keep:
        text = u"keep state"_s;
        break;
    case PfRule::StateMode::Modulate:
        text = u"modulate state"_s;
        break;
    case PfRule::StateMode::Synproxy:
        text = u"synproxy state"_s;
        break;
    }
    if (!rule.stateOptions.isEmpty())
        text += u" ("_s + rule.stateOptions.join(u", "_s) + u')';
    return text;
}

bool isActionWord(QStringView word)
{
    static const QStringList words = {u"drop"_s,        u"return"_s,       u"return-rst"_s,
                                      u"return-icmp"_s, u"return-icmp6"_s, u"nat"_s,
                                      u"rdr"_s,         u"binat"_s,        u"pass"_s};
    return words.contains(word);
}

std::optional<Field> clauseKeyword(QStringView word, bool afterTo)
{
    static const QHash<QString, Field> keywords = {
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
        {u"no"_s, Field::State},
        {u"label"_s, Field::Label},
        {u"tag"_s, Field::Tag},
        {u"tagged"_s, Field::Tagged},
        {u"queue"_s, Field::Queue},
        {u"rtable"_s, Field::Rtable},
        {u"probability"_s, Field::Probability},
    };
    if (word == u"port")
        return afterTo ? Field::DestinationPort : Field::SourcePort;
    const auto it = keywords.constFind(word.toString());
    return it == keywords.cend() ? std::nullopt : std::optional<Field>(*it);
}

// Words that start a part of a rule the dialog has no field for.
bool startsOtherClause(QStringView word)
{
    static const QStringList words = {
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
    return words.contains(word);
}

// Fields whose value is the whole clause, keyword included.
bool keepsKeyword(Field field)
{
    return field == Field::Direction || field == Field::AddressFamily || field == Field::State
        || field == Field::Quick;
}

} // namespace

PfRuleTableModel::PfRuleTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PfRuleTableModel::setFirewall(const PfDocument &document, const PfRuleset &ruleset,
                                   const QList<Diagnostic> &diagnostics)
{
    beginResetModel();
    m_document = document;
    m_rows.clear();
    m_matched.clear();
    m_translation = m_deciding = -1;
    addRules(ruleset.rules, 0);
    int number = 0;
    for (Row &row : m_rows)
        row.number = ++number;
    addDisabledRules();
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row &a, const Row &b) { return a.line < b.line; });
    for (const Diagnostic &diagnostic : diagnostics) {
        if (!diagnostic.file.isEmpty() && diagnostic.file != document.path())
            continue;
        // The innermost row: an anchor's body rules come after the call that spans them.
        for (auto it = m_rows.rbegin(); it != m_rows.rend(); ++it) {
            if (diagnostic.line >= it->line && diagnostic.line <= it->lastLine) {
                it->problems.append(diagnostic);
                break;
            }
        }
    }
    endResetModel();
}

void PfRuleTableModel::addRules(const QList<PfRule> &rules, int depth)
{
    for (const PfRule &rule : rules) {
        if (rule.statement < 0)
            continue;
        Row row;
        row.rule = rule;
        row.statement = rule.statement;
        row.line = rule.line;
        row.lastLine = m_document.position(qMax(rule.span.begin, rule.span.end - 1)).line;
        row.depth = depth;
        if (!rule.anchorRules.isEmpty())
            row.rule.anchorRules.clear();
        m_rows.append(row);
        addRules(rule.anchorRules, depth + 1);
    }
}

QString PfRuleTableModel::macroDefinitions() const
{
    QString text;
    for (const PfStatement &statement : m_document.statements()) {
        if (statement.kind == PfStatement::Kind::Macro && statement.parent == -1)
            text += m_document.textOf(statement.span).toString() + u'\n';
    }
    return text;
}

void PfRuleTableModel::addDisabledRules()
{
    const QList<int> lines = PfRulesetEditor(m_document).disabledRuleLines();
    if (lines.isEmpty())
        return;
    static const QRegularExpression mark(u"^\\s*#\\s?"_s);
    const QStringList text = m_document.text().split(u'\n');
    const QString macros = macroDefinitions();
    for (int line : lines) {
        QString rule;
        int last = line;
        for (; last <= text.size(); ++last) {
            QString content = text[last - 1];
            content.remove(mark);
            if (content.endsWith(u'\r'))
                content.chop(1);
            rule += content + u'\n';
            if (!content.trimmed().endsWith(u'\\'))
                break;
        }
        Row row;
        row.line = line;
        row.lastLine = qMin(last, int(text.size()));
        row.disabled = true;
        const PfRuleset parsed = PfRuleset::fromDocument(PfDocument::parse(macros + rule));
        if (!parsed.rules.isEmpty())
            row.rule = parsed.rules.constLast();
        m_rows.append(row);
    }
}

void PfRuleTableModel::setAppearance(const Appearance &appearance)
{
    m_appearance = appearance;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void PfRuleTableModel::setTrace(const QSet<int> &matched, int translation, int deciding)
{
    m_matched = matched;
    m_translation = translation;
    m_deciding = deciding;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int PfRuleTableModel::statementAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].statement : -1;
}

int PfRuleTableModel::lineAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].line : 0;
}

int PfRuleTableModel::lastLineAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].lastLine : 0;
}

bool PfRuleTableModel::isDisabled(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].disabled;
}

int PfRuleTableModel::rowForStatement(int statement) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (statement >= 0 && m_rows[row].statement == statement)
            return row;
    }
    return -1;
}

int PfRuleTableModel::rowForLine(int line) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].line == line)
            return row;
    }
    return -1;
}

QString PfRuleTableModel::ruleText(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row &r = m_rows[row];
    if (r.disabled) {
        static const QRegularExpression mark(u"(^|\\n)\\s*#\\s?"_s);
        const QStringList lines = m_document.text().split(u'\n');
        QString text = lines.mid(r.line - 1, r.lastLine - r.line + 1).join(u'\n');
        return joinContinuations(text.replace(mark, u"\\1"_s));
    }
    return joinContinuations(m_document.textOf(m_document.statements()[r.statement].span));
}

QHash<PfRulesetEditor::Field, QString> PfRuleTableModel::clauses(int row, QString *other) const
{
    QHash<Field, QString> result;
    if (other)
        other->clear();
    const int statementIndex = statementAt(row);
    if (statementIndex < 0)
        return result;
    const PfStatement &statement = m_document.statements()[statementIndex];
    const QList<Token> &tokens = m_document.tokens();
    const auto text = [&](qsizetype first, qsizetype last) {
        return joinContinuations(QStringView(m_document.text())
                                     .sliced(tokens[first].text.begin,
                                             tokens[last].text.end - tokens[first].text.begin));
    };

    // A clause runs from its keyword to the next keyword at the same nesting depth.
    struct Part
    {
        std::optional<Field> field;
        qsizetype first;
    };
    QList<Part> parts = {{Field::Action, statement.firstToken}};
    bool afterTo = false;
    int depth = 0;
    for (qsizetype t = statement.firstToken + 1; t < statement.endToken; ++t) {
        const auto kind = PfTokenKind(tokens[t].kind);
        if (kind == PfTokenKind::LeftParen || kind == PfTokenKind::LeftBrace)
            ++depth;
        else if (kind == PfTokenKind::RightParen || kind == PfTokenKind::RightBrace)
            --depth;
        if (depth != 0)
            continue;
        if (kind == PfTokenKind::Arrow) {
            parts.append({Field::TranslationTarget, t});
            continue;
        }
        if (kind != PfTokenKind::Word || parts.constLast().field == Field::TranslationTarget)
            continue;
        const QStringView word = m_document.textOf(tokens[t]);
        if (parts.constLast().field == Field::Action && isActionWord(word))
            continue;
        // `state limiter` / `source limiter` is a clause of its own (see PfRulesetEditor).
        if ((word == u"state" || word == u"source") && t + 1 < statement.endToken
            && m_document.textOf(tokens[t + 1]) == u"limiter") {
            parts.append({std::nullopt, t});
            ++t;
            continue;
        }
        if (parts.constLast().field == Field::State && word == u"state")
            continue;
        const std::optional<Field> field = clauseKeyword(word, afterTo);
        afterTo = afterTo || field == Field::Destination;
        if (field || startsOtherClause(word))
            parts.append({field, t});
    }
    QStringList others;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const qsizetype first = parts[i].first;
        const qsizetype last =
            i + 1 < parts.size() ? parts[i + 1].first - 1 : statement.endToken - 1;
        if (!parts[i].field) {
            others.append(text(first, last));
            continue;
        }
        const Field field = *parts[i].field;
        if (field == Field::Action || keepsKeyword(field)) {
            result.insert(field, text(first, last));
        } else if (first == last) {
            result.insert(field, QString());
        } else {
            QString value = text(first + 1, last);
            if (field == Field::Log && value.startsWith(u'(') && value.endsWith(u')'))
                value = value.mid(1, value.size() - 2).trimmed();
            if (field == Field::Label && value.size() >= 2 && value.startsWith(u'"')
                && value.endsWith(u'"'))
                value = value.mid(1, value.size() - 2);
            result.insert(field, value);
        }
    }
    if (other)
        *other = others.join(u' ');
    return result;
}

QString PfRuleTableModel::ruleError(const QString &rule) const
{
    const QString macros = macroDefinitions();
    const int macroLines = int(macros.count(u'\n'));
    const PfDocument document = PfDocument::parse(macros + rule.trimmed() + u'\n');
    const PfRuleset ruleset = PfRuleset::fromDocument(document);
    QList<Diagnostic> errors = document.diagnostics();
    errors.append(ruleset.diagnostics);
    for (const Diagnostic &diagnostic : std::as_const(errors)) {
        if (diagnostic.isError())
            return diagnostic.line > macroLines
                ? tr("column %1: %2").arg(diagnostic.column).arg(diagnostic.message)
                : diagnostic.message;
    }
    if (ruleset.rules.size() != 1)
        return tr("not one pf rule");
    return {};
}

int PfRuleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PfRuleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PfRuleTableModel::cell(const Row &row, int column) const
{
    const PfRule &rule = row.rule;
    switch (column) {
    case Number:
        return (row.disabled ? u"–"_s : QString::number(row.number))
            .prepend(QString(row.depth * 2, u' '));
    case Action:
        return actionText(rule);
    case Direction:
        return rule.direction == PfRule::Direction::In ? u"in"_s
            : rule.direction == PfRule::Direction::Out ? u"out"_s
                                                       : QString();
    case Quick:
        return rule.quick ? u"quick"_s : QString();
    case Interface: {
        QStringList names;
        for (const PfInterfaceSpec &spec : rule.interfaces)
            names.append((spec.negated ? u"!"_s : QString()) + spec.name);
        return names.join(u", "_s);
    }
    case Protocol: {
        QStringList names;
        for (int protocol : rule.protocols)
            names.append(PfNames::protocolName(protocol));
        QString text = rule.family == PfAddress::Family::Inet ? u"inet "_s
            : rule.family == PfAddress::Family::Inet6         ? u"inet6 "_s
                                                              : QString();
        return (text + names.join(u", "_s)).trimmed();
    }
    case From:
        return rule.all || rule.from.hosts.isEmpty() ? u"any"_s : addressesText(rule.from.hosts);
    case To:
        return rule.all || rule.to.hosts.isEmpty() ? u"any"_s : addressesText(rule.to.hosts);
    case Ports: {
        QStringList parts;
        if (!rule.from.ports.isEmpty())
            parts.append(tr("from %1").arg(rangesText(rule.from.ports)));
        if (!rule.to.ports.isEmpty())
            parts.append(parts.isEmpty() ? rangesText(rule.to.ports)
                                         : tr("to %1").arg(rangesText(rule.to.ports)));
        return parts.join(u"; "_s);
    }
    case State:
        return stateText(rule);
    case Label:
        return rule.labels.join(u", "_s);
    }
    return {};
}

QVariant PfRuleTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    const TraceMark mark = row.statement < 0 ? TraceMark::None
        : row.statement == m_deciding        ? TraceMark::Deciding
        : row.statement == m_translation     ? TraceMark::Translated
        : m_matched.contains(row.statement)  ? TraceMark::Matched
                                             : TraceMark::None;
    switch (role) {
    case Qt::DisplayRole:
        return cell(row, index.column());
    case Qt::ToolTipRole: {
        QStringList lines = {ruleText(index.row())};
        if (row.disabled)
            lines.prepend(tr("Disabled (commented out) at line %1:").arg(row.line));
        for (const Diagnostic &problem : row.problems)
            lines.append(
                (problem.isError() ? tr("Error: %1") : tr("Warning: %1")).arg(problem.message));
        return lines.join(u'\n');
    }
    case Qt::DecorationRole:
        if (index.column() != Number || row.problems.isEmpty())
            return {};
        return std::any_of(row.problems.cbegin(), row.problems.cend(),
                           [](const Diagnostic &d) { return d.isError(); })
            ? m_appearance.errorIcon
            : m_appearance.warningIcon;
    case Qt::ForegroundRole:
        if (row.disabled && m_appearance.disabledText.isValid())
            return m_appearance.disabledText;
        return {};
    case Qt::FontRole:
        if (row.disabled) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole: {
        const QColor colour = mark == TraceMark::Deciding ? m_appearance.decidingBackground
            : mark == TraceMark::Translated               ? m_appearance.translatedBackground
            : mark == TraceMark::Matched                  ? m_appearance.matchedBackground
                                                          : QColor();
        return colour.isValid() ? QVariant(colour) : QVariant();
    }
    case StatementRole:
        return row.statement;
    case LineRole:
        return row.line;
    case DisabledRole:
        return row.disabled;
    case TraceRole:
        return int(mark);
    case ProblemsRole: {
        QStringList messages;
        for (const Diagnostic &problem : row.problems)
            messages.append(problem.message);
        return messages;
    }
    }
    return {};
}

QVariant PfRuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("#");
    case Action:
        return tr("Action");
    case Direction:
        return tr("Dir");
    case Quick:
        return tr("Quick");
    case Interface:
        return tr("Interface");
    case Protocol:
        return tr("Protocol");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Ports:
        return tr("Ports");
    case State:
        return tr("State");
    case Label:
        return tr("Label");
    }
    return {};
}

Qt::ItemFlags PfRuleTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (!isDisabled(index.row()))
        flags |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    return flags;
}

Qt::DropActions PfRuleTableModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList PfRuleTableModel::mimeTypes() const
{
    return {mimeType};
}

QMimeData *PfRuleTableModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty() || statementAt(indexes.first().row()) < 0)
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType, QByteArray::number(statementAt(indexes.first().row())));
    return data;
}

std::optional<int> PfRuleTableModel::dropTarget(int row, const QModelIndex &parent,
                                                PfRulesetEditor::Placement *placement) const
{
    // Dropped on a row: above it. Between rows: above the next, or below the last.
    int target = parent.isValid() ? parent.row() : row;
    *placement = PfRulesetEditor::Placement::Above;
    if (target < 0 || target >= m_rows.size()) {
        target = int(m_rows.size()) - 1;
        *placement = PfRulesetEditor::Placement::Below;
    }
    while (target >= 0 && target < m_rows.size() && m_rows[target].disabled) {
        target += *placement == PfRulesetEditor::Placement::Above ? 1 : -1;
        if (target >= m_rows.size()) {
            target = int(m_rows.size()) - 1;
            *placement = PfRulesetEditor::Placement::Below;
        }
    }
    if (target < 0 || target >= m_rows.size())
        return std::nullopt;
    return m_rows[target].statement;
}

bool PfRuleTableModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                       int column, const QModelIndex &parent) const
{
    Q_UNUSED(column);
    PfRulesetEditor::Placement placement;
    return action == Qt::MoveAction && data && data->hasFormat(mimeType)
        && dropTarget(row, parent, &placement).has_value();
}

bool PfRuleTableModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                    int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    bool ok = false;
    const int statement = data->data(mimeType).toInt(&ok);
    PfRulesetEditor::Placement placement;
    const std::optional<int> target = dropTarget(row, parent, &placement);
    if (!ok || !target || *target == statement)
        return false;
    emit moveRequested(statement, *target, placement);
    // The rows change once the document does; nothing to remove here.
    return false;
}
