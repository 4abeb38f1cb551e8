#include "pfconfchecker.h"

#include "pf/pfdocument.h"
#include "pf/pflinter.h"
#include "pf/pfpacket.h"
#include "pf/pfprinter.h"
#include "pf/pfruleset.h"
#include "pf/pftracer.h"
#include "rc/rcconfiguration.h"

#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// The interfaces an rc.conf beside the pf.conf configures: cloned_interfaces and
// each ifconfig_NAME with its `inet`/`inet6` ADDRESS/PREFIX words, plus lo0.
std::optional<QList<PfPacketInterface>> hostInterfaces(const QString &pfConfPath)
{
    const QString etc = QFileInfo(pfConfPath).absolutePath();
    if (!QFileInfo::exists(etc + u"/rc.conf"_s))
        return std::nullopt;
    const RcConfiguration rc = RcConfiguration::load(etc);
    QList<PfPacketInterface> interfaces {
        {u"lo0"_s, {}, {{QHostAddress(u"127.0.0.1"_s), 8}, {QHostAddress(u"::1"_s), 128}}}};
    auto interfaceNamed = [&](const QString &name) -> PfPacketInterface & {
        for (PfPacketInterface &interface : interfaces) {
            if (interface.name == name)
                return interface;
        }
        interfaces.append({name, {}, {}});
        return interfaces.last();
    };
    for (const QString &name : rc.words(u"cloned_interfaces"_s))
        interfaceNamed(name);
    for (const QString &variable : rc.names()) {
        if (!variable.startsWith(u"ifconfig_"_s))
            continue;
        QString name = variable.mid(9);
        name = name.section(u"_alias"_s, 0, 0);
        if (name.endsWith(u"_ipv6"_s))
            name.chop(5);
        if (name == u"DEFAULT"_s)
            continue;
        PfPacketInterface &interface = interfaceNamed(name);
        const QStringList words = rc.words(variable);
        for (qsizetype i = 0; i + 1 < words.size(); ++i) {
            if (words[i] != u"inet"_s && words[i] != u"inet6"_s)
                continue;
            // The address itself, not the network QHostAddress::parseSubnet() would give.
            const QString address = words[i + 1].section(u'/', 0, 0);
            const bool v6 = words[i] == u"inet6"_s;
            const int prefix = words[i + 1].contains(u'/') ? words[i + 1].section(u'/', 1).toInt()
                                                           : (v6 ? 128 : 32);
            const QPair<QHostAddress, int> subnet {QHostAddress(address), prefix};
            if (!subnet.first.isNull())
                interface.addresses.append(subnet);
        }
    }
    return interfaces;
}

PfRuleset::InterfaceAddresses addressMap(const std::optional<QList<PfPacketInterface>> &interfaces)
{
    PfRuleset::InterfaceAddresses map;
    for (const PfPacketInterface &interface : interfaces.value_or(QList<PfPacketInterface> {})) {
        for (const auto &[address, prefix] : interface.addresses)
            map[interface.name].append(address.toString() + u'/' + QString::number(prefix));
    }
    return map;
}

// The rule as written, on one line.
QString ruleText(const PfDocument &document, const PfRule &rule)
{
    if (rule.statement < 0)
        return PfPrinter::printRule(rule);
    QString text = document.textOf(rule.span).toString();
    text.replace(u"\\\n"_s, u" "_s);
    return text.simplified();
}

} // namespace

QString PfConfChecker::kind() const
{
    return u"pf"_s;
}

QString PfConfChecker::fileType() const
{
    return u"pf.conf"_s;
}

int PfConfChecker::confidence(const QString &path, QStringView text) const
{
    const QString name = QFileInfo(path).fileName();
    if (name.startsWith(u"pf.conf") || name.endsWith(u".pf"))
        return 100;
    // Lines starting with pf's rule keywords.
    static const QRegularExpression rule(
        uR"(^\s*(pass|block|match|nat|rdr|binat|antispoof|set\s+skip|scrub|table\s+<)\b)"_s,
        QRegularExpression::MultilineOption);
    return rule.matchView(text).hasMatch() ? 50 : 0;
}

QList<Diagnostic> PfConfChecker::check(const SourceFile &file) const
{
    const PfDocument document = PfDocument::parse(file.text(), file.path());
    const std::optional<QList<PfPacketInterface>> interfaces = hostInterfaces(file.path());
    const PfRuleset ruleset = PfRuleset::fromDocument(
        document, PfRuleset::localFileReader(QFileInfo(file.path()).absolutePath()),
        addressMap(interfaces));
    QList<Diagnostic> diagnostics = ruleset.diagnostics;
    if (!ruleset.hasErrors())
        diagnostics += PfLinter::lint(document, ruleset, interfaces);
    return diagnostics;
}

std::optional<QByteArray> PfConfChecker::echo(const SourceFile &file) const
{
    return file.toBytes(PfDocument::parse(file.text(), file.path()).toText());
}

std::optional<FileChecker::ToolOutput> PfConfChecker::toolOutput(const SourceFile &file) const
{
    const PfDocument document = PfDocument::parse(file.text(), file.path());
    const PfRuleset ruleset = PfRuleset::fromDocument(
        document, PfRuleset::localFileReader(QFileInfo(file.path()).absolutePath()));
    ToolOutput output;
    output.rejected = ruleset.hasErrors();
    if (output.rejected)
        output.err = PfPrinter::printErrors(ruleset.diagnostics).toUtf8();
    else
        output.out = PfPrinter::print(ruleset).toUtf8();
    return output;
}

std::optional<FileChecker::ToolOutput> PfConfChecker::trace(const SourceFile &file,
                                                            const QString &spec) const
{
    ToolOutput output;
    QString error;
    const std::optional<PfPacket> packet = PfPacket::fromSpec(spec, &error);
    if (!packet) {
        output.rejected = true;
        output.err = u"jailwright-check: --trace: %1\n"_s.arg(error).toUtf8();
        return output;
    }
    const PfDocument document = PfDocument::parse(file.text(), file.path());
    const std::optional<QList<PfPacketInterface>> interfaces = hostInterfaces(file.path());
    const PfRuleset ruleset = PfRuleset::fromDocument(
        document, PfRuleset::localFileReader(QFileInfo(file.path()).absolutePath()),
        addressMap(interfaces));
    if (ruleset.hasErrors()) {
        output.rejected = true;
        output.err = PfPrinter::printErrors(ruleset.diagnostics).toUtf8();
        return output;
    }
    const PfTracer tracer(ruleset, interfaces.value_or(QList<PfPacketInterface> {}));
    const PfTracer::Result result = tracer.trace(*packet);
    QString text = result.summary() + u'\n';
    if (result.skippedBy)
        text += u"  skip %1: set skip on %2\n"_s.arg(result.skippedBy->line)
                    .arg(result.skippedBy->values.join(u' '));
    for (const PfRule *rule : result.matched)
        text += u"  match %1: %2\n"_s.arg(rule->line).arg(ruleText(document, *rule));
    if (result.translationRule)
        text += u"  translated: %1\n"_s.arg(result.translated.toSpec());
    for (const QString &note : result.notes)
        text += u"  note: %1\n"_s.arg(note);
    output.out = text.toUtf8();
    return output;
}
