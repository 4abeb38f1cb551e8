#include "jailsectionwriter.h"

#include "jail/jailconfresolver.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// A value as written between its quotes, so "$epair" stays a reference.
QString rawValue(const JailConfDocument &document, const JailConfValue &value)
{
    const QString raw = document.textOf(value.span).toString();
    if (value.quoting == JailConfValue::Quoting::None)
        return raw;
    if ((value.quoting == JailConfValue::Quoting::Double
         || value.quoting == JailConfValue::Quoting::Single)
        && raw.size() >= 2 && !raw.contains(u'\\'))
        return raw.sliced(1, raw.size() - 2);
    return value.unquoted();
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The unit of an "epair<N>b" name, or "" (hand-written: it runs for every jail of the host).
QString epairUnitText(const QString &interface)
{
    if (interface.size() < 7 || !interface.startsWith("epair"_L1) || !interface.endsWith(u'b'))
        return {};
    const QStringView digits = QStringView(interface).sliced(5, interface.size() - 6);
    return std::all_of(digits.begin(), digits.end(), isDigit) ? digits.toString() : QString();
}

// What may not touch a replaced name, interface or address on either side.
bool isNameChar(QChar c)
{
    return isDigit(c) || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || c == u'_';
}

bool isIPv4Char(QChar c)
{
    return isDigit(c) || c == u'.';
}

bool isIPv6Char(QChar c)
{
    return isDigit(c) || (c >= u'A' && c <= u'F') || (c >= u'a' && c <= u'f') || c == u':';
}

const HostNetwork::Address *addressOn(const HostNetwork::Jail &jail, const QString &interface,
                                      bool v6)
{
    for (const HostNetwork::Address &address : jail.addresses) {
        if (address.interface == interface && address.address.isIPv6() == v6)
            return &address;
    }
    return nullptr;
}

} // namespace

JailSectionWriter::JailSectionWriter(const HostConfiguration &host)
    : m_host(host)
{ }

QString JailSectionWriter::replaced(const QString &text, const Replacement &replacement)
{
    if (replacement.from.isEmpty() || replacement.from == replacement.to)
        return text;
    // The matches of (?<![before])FROM(/\d+)?(?![after]), found by hand: a
    // regular expression compiled per call cost more than all else an operation does.
    bool (*before)(QChar) = isNameChar;
    bool (*after)(QChar) = replacement.spelling == Spelling::Name ? isNameChar : isDigit;
    if (replacement.spelling == Spelling::Address)
        before = after = replacement.from.contains(u':') ? isIPv6Char : isIPv4Char;
    const qsizetype size = text.size();
    const auto endsToken = [&](qsizetype end) { return end == size || !after(text[end]); };
    QString result;
    qsizetype at = 0;
    for (qsizetype start = text.indexOf(replacement.from); start >= 0;
         start = text.indexOf(replacement.from, start + 1)) {
        if (start < at || (start > 0 && before(text[start - 1])))
            continue;
        const qsizetype tokenEnd = start + replacement.from.size();
        // (/\d+)? is greedy: the longest "/NN" that the token may end with, else none.
        qsizetype digits = 0;
        if (tokenEnd < size && text[tokenEnd] == u'/') {
            while (tokenEnd + 1 + digits < size && isDigit(text[tokenEnd + 1 + digits]))
                ++digits;
        }
        while (digits > 0 && !endsToken(tokenEnd + 1 + digits))
            --digits;
        if (digits == 0 && !endsToken(tokenEnd))
            continue;
        const qsizetype end = digits > 0 ? tokenEnd + 1 + digits : tokenEnd;
        result += QStringView(text).sliced(at, start - at);
        result += replacement.to;
        if (digits > 0) {
            if (replacement.prefix >= 0)
                result += u'/' + QString::number(replacement.prefix);
            else
                result += QStringView(text).sliced(tokenEnd, end - tokenEnd);
        }
        at = end;
    }
    result += QStringView(text).sliced(at);
    return result;
}

QList<TextEdit> JailSectionWriter::replaceInSection(const JailConfResolvedJail &jail,
                                                    const QList<Replacement> &replacements) const
{
    if (jail.document < 0 || jail.section < 0)
        return {};
    const JailConfDocument &document = m_host.jailConf().documents()[jail.document];
    const JailConfSection &section = document.sections()[jail.section];
    QList<TextEdit> edits;
    for (int i = section.firstStatement; i < section.firstStatement + section.statementCount; ++i) {
        for (const JailConfValue &value : document.statements()[i].values) {
            const QString raw = document.textOf(value.span).toString();
            QString text = raw;
            for (const Replacement &replacement : replacements)
                text = replaced(text, replacement);
            if (text != raw)
                edits.append({value.span, text});
        }
    }
    return edits;
}

const HostNetwork::Jail *JailSectionWriter::modelJail(const QString &bridge) const
{
    const HostNetwork::Jail *onBridge = nullptr;
    const HostNetwork::Jail *any = nullptr;
    for (const HostNetwork::Jail &jail : m_host.network().jails) {
        if (!jail.vnet || jail.interfaces.size() != 1 || jail.interfaces.first().bridge.isEmpty()
            || epairUnitText(jail.interfaces.first().name).isEmpty() || jail.addresses.isEmpty()
            || (jail.defaultRoute.isEmpty() && jail.defaultRoute6.isEmpty()))
            continue;
        any = &jail;
        if (jail.interfaces.first().bridge == bridge)
            onBridge = &jail;
    }
    return onBridge ? onBridge : any;
}

QList<JailConfEditor::Statement> JailSectionWriter::fromModel(const HostNetwork::Jail &model,
                                                              const Network &target) const
{
    const JailConfResolvedJail *resolved = m_host.resolution().jail(model.name);
    if (!resolved || resolved->document < 0 || resolved->section < 0)
        return {};
    const JailConfDocument &document = m_host.jailConf().documents()[resolved->document];
    const JailConfSection &section = document.sections()[resolved->section];
    const HostNetwork::JailInterface &interface = model.interfaces.first();
    const bool v6 = target.address.isIPv6();
    const HostNetwork::Address *oldAddress = addressOn(model, interface.name, v6);
    const QString oldGateway = v6 ? model.defaultRoute6 : model.defaultRoute;
    if (!oldAddress || oldGateway.isEmpty())
        return {};
    const QString oldUnit = u"epair"_s + epairUnitText(interface.name);
    const QString newUnit = u"epair"_s + QString::number(target.epairUnit);
    const QString oldBridge = interface.bridge;
    const int oldPrefix = oldAddress->address.prefixLength();
    const int newPrefix = target.address.prefixLength();

    const auto rewrite = [&](const QString &value, bool naming) {
        QString text = replaced(value, {oldUnit, newUnit, Spelling::Interface});
        text = replaced(text,
                        {oldAddress->address.address().toString(),
                         target.address.address().toString(), Spelling::Address, newPrefix});
        if (oldBridge != target.bridge) {
            text = replaced(text, {oldBridge, target.bridge, Spelling::Interface});
            text = replaced(text, {oldGateway, target.gateway, Spelling::Address});
        }
        if (!naming)
            return text;
        const QString renamed = replaced(text, {model.name, target.name, Spelling::Name});
        // A host name that does not carry the jail's name: its first label changes.
        if (renamed == text && !text.startsWith(u'/')) {
            const qsizetype dot = text.indexOf(u'.');
            return target.name + (dot < 0 ? QString() : text.sliced(dot));
        }
        return renamed;
    };

    // Variables the model takes from outside its section that no longer fit.
    QList<JailConfEditor::Statement> overrides;
    for (const JailConfResolvedJail::Parameter &variable : resolved->variables) {
        if (variable.statements.isEmpty()
            || variable.statements.last().scope == JailConfOrigin::Scope::Jail)
            continue;
        const QString value = variable.texts().join(u' ');
        QString replacement;
        if (value == oldBridge && target.bridge != oldBridge)
            replacement = target.bridge;
        else if (value == oldGateway && target.gateway != oldGateway)
            replacement = target.gateway;
        else if (value == QString::number(oldPrefix) && newPrefix != oldPrefix)
            replacement = QString::number(newPrefix);
        if (!replacement.isEmpty())
            overrides.append(
                {u'$' + variable.name, JailConfStatement::Operator::Assign, {replacement}});
    }

    QList<JailConfEditor::Statement> statements;
    for (int i = section.firstStatement; i < section.firstStatement + section.statementCount; ++i) {
        const JailConfStatement &statement = document.statements()[i];
        const bool naming = statement.name == u"host.hostname" || statement.name == u"path";
        if (!statement.isVariable() && !naming && statement.name != u"vnet"
            && statement.name != u"vnet.interface" && !statement.name.startsWith(u"exec."))
            continue;
        if (statement.isVariable() && !overrides.isEmpty()) {
            statements += overrides;
            overrides.clear();
        }
        JailConfEditor::Statement copy;
        copy.name = statement.isVariable() ? u'$' + statement.name : statement.name;
        copy.op = statement.op;
        for (const JailConfValue &value : statement.values)
            copy.values.append(rewrite(rawValue(document, value), naming));
        statements.append(copy);
    }
    return statements + overrides;
}

QList<JailConfEditor::Statement> JailSectionWriter::literal(const Network &target) const
{
    using Op = JailConfEditor::Statement;
    const auto assign = JailConfStatement::Operator::Assign;
    const auto append = JailConfStatement::Operator::Append;
    // Paths and host names like the other jails': /jails/NAME, NAME.example.org.
    // The last jail that names them that way sets the pattern.
    QString path = u"/jails/"_s + target.name;
    QString hostname = target.name;
    const QList<HostNetwork::Jail> &jails = m_host.network().jails;
    for (auto jail = jails.crbegin(); jail != jails.crend(); ++jail) {
        const qsizetype length = jail->name.size();
        if (jail->path.size() > length && jail->path.endsWith(jail->name)
            && jail->path[jail->path.size() - length - 1] == u'/') {
            path = jail->path.chopped(length) + target.name;
            break;
        }
    }
    for (auto jail = jails.crbegin(); jail != jails.crend(); ++jail) {
        const qsizetype length = jail->name.size();
        if (jail->hostname.size() > length && jail->hostname.startsWith(jail->name)
            && jail->hostname[length] == u'.') {
            hostname = target.name + jail->hostname.sliced(length);
            break;
        }
    }
    const JailConfDocument &root = m_host.jailConf().root();
    const bool globalStart = !root.statementsNamed(-1, u"exec.start").isEmpty();
    const QString unit = u"epair"_s + QString::number(target.epairUnit);
    const bool v6 = target.address.isIPv6();
    return {
        Op {u"host.hostname"_s, assign, {hostname}},
        Op {u"path"_s, assign, {path}},
        Op {u"vnet"_s, JailConfStatement::Operator::None, {}},
        Op {u"vnet.interface"_s, assign, {unit + u'b'}},
        Op {u"exec.prestart"_s, assign, {u"ifconfig %1 create up"_s.arg(unit)}},
        Op {u"exec.prestart"_s, append, {u"ifconfig %1 addm %2a up"_s.arg(target.bridge, unit)}},
        Op {u"exec.start"_s,
            globalStart ? append : assign,
            {u"/sbin/ifconfig %1b %2 %3 up"_s.arg(unit, v6 ? u"inet6"_s : u"inet"_s,
                                                  target.address.toString())}},
        Op {u"exec.start"_s,
            append,
            {u"/sbin/route %1add default %2"_s.arg(v6 ? u"-6 "_s : QString(), target.gateway)}},
        Op {u"exec.poststop"_s, assign, {u"ifconfig %1 deletem %2a"_s.arg(target.bridge, unit)}},
        Op {u"exec.poststop"_s, append, {u"ifconfig %1a destroy"_s.arg(unit)}},
    };
}

bool JailSectionWriter::check(const QString &sectionText, const Network &target) const
{
    const JailConfDocument &root = m_host.jailConf().root();
    QString text;
    for (const JailConfItem &item : root.items()) {
        Span span;
        if (item.kind == JailConfItem::Kind::Statement)
            span = root.statements()[item.index].lineSpan;
        else if (root.sections()[item.index].isWildcard())
            span = root.sections()[item.index].lineSpan;
        else
            continue;
        text += root.textOf(span);
        if (!text.endsWith(u'\n'))
            text += u'\n';
    }
    text += sectionText;
    const JailConfDocument document = JailConfDocument::parse(root.path(), text);
    if (document.hasErrors())
        return false;
    const JailConfResolution resolution = JailConfResolver::resolve(document);
    const JailConfResolvedJail *resolved = resolution.jail(target.name);
    if (!resolved || resolved->failed)
        return false;
    JailConfResolution single;
    single.jails.append(*resolved);
    const HostNetwork network = HostNetwork::derive(single, m_host.rc());
    const HostNetwork::Jail *jail = network.jail(target.name);
    if (!jail || jail->interfaces.size() != 1)
        return false;
    const HostNetwork::JailInterface &interface = jail->interfaces.first();
    const HostNetwork::Address *address = addressOn(*jail, interface.name, target.address.isIPv6());
    const QString route = target.address.isIPv6() ? jail->defaultRoute6 : jail->defaultRoute;
    return interface.name == u"epair%1b"_s.arg(target.epairUnit)
        && interface.bridge == target.bridge && address && address->address == target.address
        && route == target.gateway;
}
