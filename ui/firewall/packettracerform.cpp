#include "packettracerform.h"

#include "pf/pfnames.h"
#include "pf/pfpacket.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {

QLineEdit *lineEdit(QWidget *parent, const QString &name, const QString &accessibleName,
                    const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

QComboBox *comboBox(QWidget *parent, const QString &name, const QString &accessibleName,
                    const QStringList &items)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessibleName);
    box->addItems(items);
    return box;
}

bool hasPorts(const QString &protocol)
{
    return protocol == u"tcp" || protocol == u"udp" || protocol == u"sctp";
}

} // namespace

PacketTracerForm::PacketTracerForm(QWidget *parent)
    : QWidget(parent)
    , m_interface(comboBox(this, u"tracer.interface"_s, tr("Interface"), {}))
    , m_direction(comboBox(this, u"tracer.direction"_s, tr("Direction"), {u"in"_s, u"out"_s}))
    , m_family(comboBox(this, u"tracer.family"_s, tr("Address family"),
                        {tr("either family"), u"inet"_s, u"inet6"_s}))
    , m_protocol(comboBox(this, u"tracer.protocol"_s, tr("Protocol"),
                          {u"tcp"_s, u"udp"_s, u"icmp"_s, u"icmp6"_s}))
    , m_source(lineEdit(this, u"tracer.source"_s, tr("Source address"), tr("e.g. 203.0.113.5")))
    , m_sourcePort(lineEdit(this, u"tracer.sourcePort"_s, tr("Source port"), tr("port")))
    , m_destination(lineEdit(this, u"tracer.destination"_s, tr("Destination address"),
                             tr("e.g. 198.51.100.20")))
    , m_destinationPort(
          lineEdit(this, u"tracer.destinationPort"_s, tr("Destination port"), tr("port")))
    , m_flags(lineEdit(this, u"tracer.flags"_s, tr("TCP flags"), tr("S for a new connection")))
    , m_trace(new QPushButton(tr("T&race"), this))
    , m_result(new QLabel(this))
{
    m_interface->setEditable(true);
    m_protocol->setEditable(true);
    m_flags->setText(u"S"_s);
    m_flags->setMaximumWidth(fontMetrics().horizontalAdvance(u"FSRPAUEW"_s) * 2);
    for (QLineEdit *port : {m_sourcePort, m_destinationPort})
        port->setMaximumWidth(fontMetrics().horizontalAdvance(u"655350"_s) * 2);
    m_trace->setObjectName(u"tracer.trace"_s);
    m_trace->setAccessibleName(tr("Trace the packet"));
    m_trace->setToolTip(tr("Send the packet through the ruleset and show which rules match"));
    m_result->setObjectName(u"tracer.result"_s);
    m_result->setAccessibleName(tr("Trace result"));
    m_result->setWordWrap(true);
    m_result->setToolTip(tr("In the rule table: the deciding rule in green (pass) or red (block), "
                            "the translation in yellow, the other rules that matched in blue"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    auto *where = new QHBoxLayout;
    where->addWidget(m_interface, 1);
    where->addWidget(m_direction);
    where->addWidget(m_family);
    where->addWidget(m_protocol);
    where->addStretch(1);
    grid->addWidget(label(tr("Seen &on:"), m_interface), 0, 0);
    grid->addLayout(where, 0, 1, 1, 4);
    grid->addWidget(label(tr("&Source:"), m_source), 1, 0);
    grid->addWidget(m_source, 1, 1, 1, 3);
    grid->addWidget(m_sourcePort, 1, 4);
    grid->addWidget(label(tr("&Destination:"), m_destination), 2, 0);
    grid->addWidget(m_destination, 2, 1, 1, 3);
    grid->addWidget(m_destinationPort, 2, 4);
    grid->addWidget(label(tr("TCP &flags:"), m_flags), 3, 0);
    grid->addWidget(m_flags, 3, 1);
    grid->addWidget(m_trace, 3, 4);
    grid->addWidget(m_result, 4, 0, 1, 5);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    connect(m_trace, &QPushButton::clicked, this, &PacketTracerForm::requestTrace);
    for (QLineEdit *edit : {m_source, m_sourcePort, m_destination, m_destinationPort, m_flags})
        connect(edit, &QLineEdit::returnPressed, this, &PacketTracerForm::requestTrace);
    connect(m_protocol, &QComboBox::currentTextChanged, this,
            &PacketTracerForm::updateProtocolFields);
    updateProtocolFields();
}

void PacketTracerForm::setInterfaces(const QStringList &names)
{
    const QString current = m_interface->currentText();
    m_interface->clear();
    m_interface->addItems(names);
    if (!current.isEmpty())
        m_interface->setCurrentText(current);
}

void PacketTracerForm::setPacket(const PfPacket &packet)
{
    m_interface->setCurrentText(packet.interfaceName);
    m_direction->setCurrentIndex(packet.direction == PfRule::Direction::Out ? 1 : 0);
    m_family->setCurrentIndex(packet.family() == PfAddress::Family::Inet6 ? 2 : 1);
    m_protocol->setCurrentText(PfNames::protocolName(packet.protocol));
    m_source->setText(packet.source.toString());
    m_destination->setText(packet.destination.toString());
    m_sourcePort->setText(packet.sourcePort ? QString::number(packet.sourcePort) : QString());
    m_destinationPort->setText(packet.destinationPort ? QString::number(packet.destinationPort)
                                                      : QString());
    m_flags->setText(PfPacket::tcpFlagsToString(packet.tcpFlags));
}

std::optional<PfPacket> PacketTracerForm::packet(QString *error) const
{
    const QString protocol = m_protocol->currentText().trimmed();
    QStringList words = {u"on"_s, m_interface->currentText().trimmed(), m_direction->currentText()};
    if (m_family->currentIndex() > 0)
        words.append(m_family->currentText());
    words.append({protocol, u"from"_s, m_source->text().trimmed()});
    if (hasPorts(protocol) && !m_sourcePort->text().trimmed().isEmpty())
        words.append({u"port"_s, m_sourcePort->text().trimmed()});
    words.append({u"to"_s, m_destination->text().trimmed()});
    if (hasPorts(protocol) && !m_destinationPort->text().trimmed().isEmpty())
        words.append({u"port"_s, m_destinationPort->text().trimmed()});
    if (protocol == u"tcp" && !m_flags->text().trimmed().isEmpty())
        words.append({u"flags"_s, m_flags->text().trimmed()});
    std::optional<PfPacket> packet = PfPacket::fromSpec(words.join(u' '), error);
    if (packet && m_family->currentIndex() > 0) {
        const bool inet6 = m_family->currentIndex() == 2;
        if ((packet->family() == PfAddress::Family::Inet6) != inet6) {
            if (error)
                *error = tr("the addresses are not %1 addresses").arg(m_family->currentText());
            return std::nullopt;
        }
    }
    return packet;
}

void PacketTracerForm::requestTrace()
{
    QString error;
    const std::optional<PfPacket> packet = this->packet(&error);
    if (!packet) {
        setResult(tr("Cannot trace: %1").arg(error), false);
        return;
    }
    emit traceRequested(*packet);
}

void PacketTracerForm::updateProtocolFields()
{
    const QString protocol = m_protocol->currentText().trimmed();
    m_sourcePort->setEnabled(hasPorts(protocol));
    m_destinationPort->setEnabled(hasPorts(protocol));
    m_flags->setEnabled(protocol == u"tcp");
}

void PacketTracerForm::setResult(const QString &text, bool pass)
{
    m_result->setText(text);
    m_result->setProperty("pass", pass);
    QFont font = m_result->font();
    font.setBold(true);
    m_result->setFont(font);
}

void PacketTracerForm::clearResult()
{
    m_result->clear();
}

QString PacketTracerForm::result() const
{
    return m_result->text();
}
