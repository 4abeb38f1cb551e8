#include "codeeditor.h"

#include "colorscheme.h"

#include "syntax/syntaxdefinitions.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QApplication>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(CodeEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    { }

    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    CodeEditor *m_editor;
};

CodeEditor::CodeEditor(SyntaxDefinitions &definitions, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_definitions(definitions)
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
    , m_lineNumbers(new LineNumberArea(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 4);
    connect(this, &QPlainTextEdit::blockCountChanged, this,
            [this] { setViewportMargins(lineNumberAreaWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_lineNumbers->scroll(0, dy);
        else
            m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    });
    connect(ColorScheme::instance(), &ColorScheme::changed, this, &CodeEditor::applyTheme);
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    applyTheme();
}

void CodeEditor::setDefinitionForFile(const QString &path)
{
    m_highlighter->setDefinition(m_definitions.definitionForFile(path));
}

void CodeEditor::setDefinitionByName(const QString &name)
{
    m_highlighter->setDefinition(m_definitions.repository().definitionForName(name));
}

void CodeEditor::setTextKeepingView(const QString &text)
{
    if (toPlainText() == text)
        return;
    const int scroll = verticalScrollBar()->value();
    const int position = textCursor().position();
    setPlainText(text);
    QTextCursor cursor = textCursor();
    cursor.setPosition(qMin(position, int(text.size())));
    setTextCursor(cursor);
    verticalScrollBar()->setValue(scroll);
}

void CodeEditor::setDiagnostics(const QList<Diagnostic> &diagnostics)
{
    m_diagnostics = diagnostics;
    updateExtraSelections();
}

void CodeEditor::highlightLines(const QList<int> &lines, const QColor &colour)
{
    m_lineHighlights.clear();
    for (const int line : lines) {
        const QTextBlock block = document()->findBlockByNumber(line - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        selection.format.setBackground(colour);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        m_lineHighlights.append(selection);
    }
    updateExtraSelections();
}

void CodeEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections = m_lineHighlights;
    for (const Diagnostic &diagnostic : std::as_const(m_diagnostics)) {
        const QTextBlock block = document()->findBlockByNumber(diagnostic.line - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        const int column = qBound(0, diagnostic.column - 1, qMax(0, block.length() - 1));
        selection.cursor.setPosition(block.position() + column);
        selection.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        if (!selection.cursor.hasSelection())
            selection.cursor.movePosition(QTextCursor::PreviousCharacter, QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(diagnostic.isError() ? QColor(0xe0, 0x3e, 0x3e)
                                                                : QColor(0xd8, 0x9b, 0x1a));
        selection.format.setToolTip(diagnostic.message);
        selections.append(selection);
    }
    setExtraSelections(selections);
}

bool CodeEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor cursor = cursorForPosition(viewport()->mapFromParent(help->pos()));
        const int line = cursor.blockNumber() + 1;
        QStringList messages;
        for (const Diagnostic &diagnostic : std::as_const(m_diagnostics)) {
            if (diagnostic.line == line)
                messages.append(diagnostic.message);
        }
        if (messages.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), messages.join(QLatin1Char('\n')), this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

void CodeEditor::applyTheme()
{
    const KSyntaxHighlighting::Theme theme = m_definitions.themeFor(QApplication::palette());
    m_highlighter->setTheme(theme);
    QPalette p = palette();
    p.setColor(QPalette::Base,
               QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    p.setColor(QPalette::Text,
               QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    setPalette(p);
    m_highlighter->rehighlight();
    m_lineNumbers->update();
}

int CodeEditor::lineNumberAreaWidth() const
{
    const int digits = QString::number(qMax(1, blockCount())).size();
    return 12 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * qMax(3, digits);
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_lineNumbers->setGeometry(area.left(), area.top(), lineNumberAreaWidth(), area.height());
}

void CodeEditor::paintLineNumbers(QPaintEvent *event)
{
    const KSyntaxHighlighting::Theme theme = m_definitions.themeFor(QApplication::palette());
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(),
                     QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::IconBorder)));
    painter.setPen(QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::LineNumbers)));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            painter.drawText(0, top, m_lineNumbers->width() - 6, fontMetrics().height(),
                             Qt::AlignRight, QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top += height;
    }
}
