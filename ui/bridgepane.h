#pragma once

#include <QWidget>

class HostModel;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;

// The selected bridge: its address and subnet, its members (jails through
// their epairs, uplinks), and whether pf filters traffic on it.
class BridgePane : public QWidget
{
    Q_OBJECT

public:
    explicit BridgePane(QWidget *parent = nullptr);

    void setModel(HostModel *model);
    void setBridge(const QString &name);
    QString bridge() const { return m_bridge; }
    QLineEdit *addressEdit() const { return m_address; }
    QListWidget *members() const { return m_members; }
    QLabel *filtering() const { return m_filtering; }

signals:
    void addressChangeRequested(const QString &bridge, const QString &address);

private:
    void refresh();

    HostModel *m_model = nullptr;
    QString m_bridge;
    QLabel *m_title;
    QLineEdit *m_address;
    QLabel *m_subnet;
    QListWidget *m_members;
    QLabel *m_uplink;
    QLabel *m_filtering;
};
