#pragma once

#include <QDialog>

#include <optional>

class HostModel;
class InterfaceAddress;
class OperationPreview;
class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class SyntaxDefinitions;

// Asks the subnet of a new bridge as its gateway address (a free /24 is
// suggested) and shows the rc.conf changes it makes.
class NewBridgeDialog : public QDialog
{
    Q_OBJECT

public:
    NewBridgeDialog(const HostModel &host, SyntaxDefinitions &definitions,
                    QWidget *parent = nullptr);

    std::optional<InterfaceAddress> gateway() const;
    bool routing() const;
    QLineEdit *gatewayEdit() const { return m_gateway; }
    OperationPreview *preview() const { return m_preview; }

private:
    void updatePreview();

    const HostModel &m_host;
    QLineEdit *m_gateway;
    QCheckBox *m_routing;
    OperationPreview *m_preview;
    QDialogButtonBox *m_buttons;
};
