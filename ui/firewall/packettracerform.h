#pragma once

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
struct PfPacket;

// The packet tracer's question: where a packet is seen (interface, direction)
// and its header (family, protocol, addresses, ports, TCP flags). The answer
// is shown in words below it.
class PacketTracerForm : public QWidget
{
    Q_OBJECT

public:
    explicit PacketTracerForm(QWidget *parent = nullptr);

    void setInterfaces(const QStringList &names);
    void setPacket(const PfPacket &packet);
    // The packet the fields describe; nullopt (and `error` set) when they do not.
    std::optional<PfPacket> packet(QString *error = nullptr) const;
    void setResult(const QString &text, bool pass);
    void clearResult();
    QString result() const;

    QComboBox *interfaceBox() const { return m_interface; }
    QPushButton *traceButton() const { return m_trace; }

signals:
    void traceRequested(const PfPacket &packet);

private:
    void requestTrace();
    void updateProtocolFields();

    QComboBox *m_interface;
    QComboBox *m_direction;
    QComboBox *m_family;
    QComboBox *m_protocol;
    QLineEdit *m_source;
    QLineEdit *m_sourcePort;
    QLineEdit *m_destination;
    QLineEdit *m_destinationPort;
    QLineEdit *m_flags;
    QPushButton *m_trace;
    QLabel *m_result;
};
