#pragma once

#include "hostconfiguration.h"
#include "interfaceaddress.h"
#include "jail/jailconfeditor.h"

#include <QList>
#include <QString>

// Writes the statements of a VNET jail on a bridge in a host's own style: as a
// copy of a model jail's networking statements with its name, epair unit,
// address, bridge and gateway replaced, or in the literal form of FreeBSD's
// VNET guide. check() tells whether statements really give that network, by
// resolving them the way jail(8) would after the file's global parameters.
class JailSectionWriter
{
public:
    struct Network
    {
        QString name;
        QString bridge;
        int epairUnit = 0;
        InterfaceAddress address;
        QString gateway;
    };

    // How a token is delimited: a name stands alone, an interface may be followed
    // by its epair end letter, an address by "/NN".
    enum class Spelling { Name, Interface, Address };
    struct Replacement
    {
        QString from;
        QString to;
        Spelling spelling = Spelling::Name;
        int prefix = -1; // for addresses: rewrite a following "/NN" to this
    };

    explicit JailSectionWriter(const HostConfiguration &host);

    static QString replaced(const QString &text, const Replacement &replacement);
    // Edits that make `replacements` in the values written in `jail`'s own section.
    QList<TextEdit> replaceInSection(const JailConfResolvedJail &jail,
                                     const QList<Replacement> &replacements) const;

    // A VNET jail on an epair that can serve as a model, preferring the last one
    // on `bridge`; nullptr when there is none.
    const HostNetwork::Jail *modelJail(const QString &bridge) const;
    // The model's statements rewritten for `target`; empty when the model cannot be read.
    QList<JailConfEditor::Statement> fromModel(const HostNetwork::Jail &model,
                                               const Network &target) const;
    QList<JailConfEditor::Statement> literal(const Network &target) const;
    // Does a section `sectionText` (placed after the root file's global
    // parameters) give a jail with `target`'s network?
    bool check(const QString &sectionText, const Network &target) const;

private:
    const HostConfiguration &m_host;
};
