#pragma once

#include "text/diagnostic.h"

#include <QPlainTextEdit>

class SyntaxDefinitions;
namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

// A text view for configuration files and diffs: monospace, line numbers,
// KSyntaxHighlighting with a theme that follows the colour scheme, and
// diagnostics underlined with their message as tooltip.
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    CodeEditor(SyntaxDefinitions &definitions, QWidget *parent = nullptr);

    // The definition by name ("pf.conf", "jail.conf", "Diff", ...).
    void setDefinitionForFile(const QString &path);
    void setDefinitionByName(const QString &name);
    void setDiagnostics(const QList<Diagnostic> &diagnostics);
    // Replaces the text without resetting the view when it did not change.
    void setTextKeepingView(const QString &text);
    void highlightLines(const QList<int> &lines, const QColor &colour);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    friend class LineNumberArea;
    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);
    void applyTheme();
    void updateExtraSelections();

    SyntaxDefinitions &m_definitions;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    QWidget *m_lineNumbers;
    QList<Diagnostic> m_diagnostics;
    QList<QTextEdit::ExtraSelection> m_lineHighlights;
};
