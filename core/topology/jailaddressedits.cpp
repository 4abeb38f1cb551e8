#include "jailaddressedits.h"

#include "jailsectionwriter.h"

bool JailAddressEdits::add(const HostConfiguration &host, const JailConfResolvedJail &jail,
                           const InterfaceAddress &from, const InterfaceAddress &to,
                           OperationResult &result)
{
    const JailSectionWriter::Replacement replacement {
        from.address().toString(), to.address().toString(), JailSectionWriter::Spelling::Address,
        to.prefixLength() == from.prefixLength() ? -1 : to.prefixLength()};
    const QList<TextEdit> edits = JailSectionWriter(host).replaceInSection(jail, {replacement});
    if (!edits.isEmpty()) {
        result.add({host.jailConf().documents()[jail.document].path(), edits});
        return true;
    }
    const auto rc = host.jailRc().constFind(jail.name);
    if (rc == host.jailRc().cend())
        return false;
    bool found = false;
    for (const QString &name : rc->names()) {
        if (!name.startsWith(u"ifconfig_"))
            continue;
        const QString value = JailSectionWriter::replaced(rc->value(name), replacement);
        if (value == rc->value(name))
            continue;
        if (const auto edit = rc->setValue(name, value)) {
            result.add(*edit);
            found = true;
        }
    }
    return found;
}
