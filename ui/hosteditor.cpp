#include "hosteditor.h"

#include "bridgepane.h"
#include "canvas/topologyview.h"
#include "jailpane.h"
#include "newbridgedialog.h"
#include "newjaildialog.h"

#include "host/hostmodel.h"
#include "host/hostsession.h"
#include "topology/addbridgeoperation.h"
#include "topology/addjailoperation.h"
#include "topology/movejailoperation.h"
#include "topology/removebridgeoperation.h"
#include "topology/removejailoperation.h"
#include "topology/removejailparameteroperation.h"
#include "topology/renamejailoperation.h"
#include "topology/setbridgeaddressoperation.h"
#include "topology/setjailaddressoperation.h"
#include "topology/setjailparameteroperation.h"

#include <QWidget>

using namespace Qt::StringLiterals;

namespace {

QString nodeName(const QString &id, QStringView kind)
{
    return id.startsWith(kind) && id.size() > kind.size() && id[kind.size()] == u':'
        ? id.sliced(kind.size() + 1)
        : QString();
}

} // namespace

HostEditor::HostEditor(SyntaxDefinitions &definitions, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_definitions(definitions)
    , m_dialogParent(dialogParent)
{ }

void HostEditor::setModel(HostModel *model)
{
    m_model = model;
}

void HostEditor::connectView(TopologyView *view)
{
    connect(view, &TopologyView::newJailRequested, this,
            [this](const QString &bridgeId) { newJail(bridgeId); });
    connect(view, &TopologyView::newBridgeRequested, this, [this] { newBridge(); });
    connect(view, &TopologyView::moveJailRequested, this, &HostEditor::moveJail);
    connect(view, &TopologyView::deleteRequested, this, &HostEditor::remove);
    connect(view, &TopologyView::renameRequested, this, &HostEditor::rename);
}

void HostEditor::connectJailPane(JailPane *pane)
{
    connect(pane, &JailPane::parameterChangeRequested, this, &HostEditor::setParameter);
    connect(pane, &JailPane::renameRequested, this,
            [this](const QString &jail, const QString &name) { rename(u"jail:"_s + jail, name); });
    connect(pane, &JailPane::sectionTextChanged, this, &HostEditor::replaceSection);
    connect(pane, &JailPane::addressChangeRequested, this, &HostEditor::setJailAddress);
}

void HostEditor::connectBridgePane(BridgePane *pane)
{
    connect(pane, &BridgePane::addressChangeRequested, this, &HostEditor::setBridgeAddress);
}

bool HostEditor::setBridgeAddress(const QString &bridge, const QString &address)
{
    return m_model
        && run(SetBridgeAddressOperation(bridge, address).compute(m_model->configuration()));
}

bool HostEditor::run(const OperationResult &result)
{
    if (!m_model || !m_model->session())
        return false;
    if (!result.ok()) {
        emit failed(result.error);
        return false;
    }
    QString error;
    if (!m_model->session()->apply(result.description, result.edits, &error)) {
        emit failed(error);
        return false;
    }
    return true;
}

void HostEditor::newJail(const QString &bridgeId)
{
    if (!m_model)
        return;
    QString bridge = nodeName(bridgeId, u"bridge");
    if (bridge.isEmpty() && !m_model->configuration().network().bridges.isEmpty())
        bridge = m_model->configuration().network().bridges.first().name;
    if (bridge.isEmpty()) {
        emit failed(tr("Make a bridge first: a VNET jail joins the host through one."));
        return;
    }
    NewJailDialog dialog(*m_model, bridge, m_definitions, m_dialogParent);
    if (dialog.exec() == QDialog::Accepted)
        run(AddJailOperation(dialog.name(), bridge).compute(m_model->configuration()));
}

void HostEditor::newBridge()
{
    if (!m_model)
        return;
    NewBridgeDialog dialog(*m_model, m_definitions, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted || !dialog.gateway())
        return;
    AddBridgeOperation operation(*dialog.gateway());
    operation.setRouting(dialog.routing());
    run(operation.compute(m_model->configuration()));
}

bool HostEditor::setJailAddress(const QString &jail, const QString &address)
{
    if (!m_model)
        return false;
    const auto parsed = InterfaceAddress::fromCidr(address);
    if (!parsed || !address.contains(u'/')) {
        emit failed(
            tr("\"%1\" is not an address with a prefix length, like 10.0.0.20/24.").arg(address));
        return false;
    }
    return run(SetJailAddressOperation(jail, *parsed).compute(m_model->configuration()));
}

bool HostEditor::moveJail(const QString &jailId, const QString &bridgeId)
{
    if (!m_model)
        return false;
    return run(MoveJailOperation(nodeName(jailId, u"jail"), nodeName(bridgeId, u"bridge"))
                   .compute(m_model->configuration()));
}

bool HostEditor::remove(const QStringList &nodeIds)
{
    if (!m_model)
        return false;
    bool done = false;
    for (const QString &id : nodeIds) {
        const QString jail = nodeName(id, u"jail");
        const QString bridge = nodeName(id, u"bridge");
        if (!jail.isEmpty())
            done = run(RemoveJailOperation(jail).compute(m_model->configuration())) || done;
        else if (!bridge.isEmpty())
            done = run(RemoveBridgeOperation(bridge).compute(m_model->configuration())) || done;
    }
    return done;
}

bool HostEditor::rename(const QString &nodeId, const QString &newName)
{
    if (!m_model)
        return false;
    const QString jail = nodeName(nodeId, u"jail");
    if (jail.isEmpty()) {
        emit failed(tr("Only jails can be renamed here."));
        return false;
    }
    return run(RenameJailOperation(jail, newName).compute(m_model->configuration()));
}

bool HostEditor::setParameter(const QString &jail, const QString &parameter,
                              const std::optional<QStringList> &values)
{
    if (!m_model)
        return false;
    if (!values)
        return run(RemoveJailParameterOperation(jail, parameter).compute(m_model->configuration()));
    return run(
        SetJailParameterOperation(jail, parameter, *values).compute(m_model->configuration()));
}

bool HostEditor::replaceSection(const QString &jail, const QString &text)
{
    if (!m_model)
        return false;
    for (const JailConfResolvedJail &resolved : m_model->configuration().resolution().jails) {
        if (resolved.name != jail || resolved.document < 0)
            continue;
        const JailConfDocument &document =
            m_model->configuration().jailConf().documents()[resolved.document];
        const Span span = document.sections()[resolved.section].lineSpan;
        return run(
            {{{document.path(), {{span, text}}}}, tr("Edit the text of jail %1").arg(jail), {}});
    }
    emit failed(tr("Jail %1 has no section of its own to edit.").arg(jail));
    return false;
}
