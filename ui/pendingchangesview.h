#pragma once

#include <QWidget>

class CodeEditor;
class HostSession;
class PendingChangesModel;
class QListView;
class QPushButton;
class SyntaxDefinitions;

// The changed files of the current host, each with its unified diff; nothing
// is written until the user saves, and each file can be reverted on its own.
class PendingChangesView : public QWidget
{
    Q_OBJECT

public:
    PendingChangesView(SyntaxDefinitions &definitions, QAction *saveAction,
                       QWidget *parent = nullptr);

    void setSession(HostSession *session);
    PendingChangesModel *model() const { return m_model; }
    CodeEditor *diffView() const { return m_diff; }

private:
    void showCurrentDiff();

    PendingChangesModel *m_model;
    QListView *m_files;
    CodeEditor *m_diff;
    QPushButton *m_revert;
};
