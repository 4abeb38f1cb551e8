#pragma once

#include <QDialog>

class HostModel;
class OperationPreview;
class QDialogButtonBox;
class QLineEdit;
class SyntaxDefinitions;

// Asks the name of a new jail on a bridge and shows, as the name is typed,
// what will be made: the epair and address picked and the exact changes.
class NewJailDialog : public QDialog
{
    Q_OBJECT

public:
    NewJailDialog(const HostModel &host, const QString &bridge, SyntaxDefinitions &definitions,
                  QWidget *parent = nullptr);

    QString name() const;
    QLineEdit *nameEdit() const { return m_name; }
    OperationPreview *preview() const { return m_preview; }

private:
    void updatePreview();

    const HostModel &m_host;
    QString m_bridge;
    QLineEdit *m_name;
    OperationPreview *m_preview;
    QDialogButtonBox *m_buttons;
};
