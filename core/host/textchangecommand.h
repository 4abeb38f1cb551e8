#pragma once

#include <QMap>
#include <QUndoCommand>

class HostSession;

// An undoable change to one or more files of a host session, kept as the texts
// before and after, so undoing back to the start gives the same bytes.
class TextChangeCommand : public QUndoCommand
{
public:
    TextChangeCommand(HostSession *session, const QString &description,
                      QMap<QString, QString> before, QMap<QString, QString> after);

    void undo() override;
    void redo() override;

private:
    HostSession *m_session;
    QMap<QString, QString> m_before;
    QMap<QString, QString> m_after;
};
