#include "textchangecommand.h"

#include "hostsession.h"

TextChangeCommand::TextChangeCommand(HostSession *session, const QString &description,
                                     QMap<QString, QString> before, QMap<QString, QString> after)
    : QUndoCommand(description)
    , m_session(session)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

void TextChangeCommand::undo()
{
    m_session->setCurrentTexts(m_before);
}

void TextChangeCommand::redo()
{
    m_session->setCurrentTexts(m_after);
}
