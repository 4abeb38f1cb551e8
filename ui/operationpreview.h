#pragma once

#include <QWidget>

class CodeEditor;
class HostModel;
class QLabel;
class SyntaxDefinitions;
struct OperationResult;

// What an operation would do before it is done: its sentence (or why it cannot
// be done) and the exact changes to each file as a highlighted diff.
class OperationPreview : public QWidget
{
    Q_OBJECT

public:
    OperationPreview(SyntaxDefinitions &definitions, QWidget *parent = nullptr);

    void setOperation(const HostModel &host, const OperationResult &result);
    QLabel *summary() const { return m_summary; }
    QString changes() const;

private:
    QLabel *m_summary;
    CodeEditor *m_changes;
};
