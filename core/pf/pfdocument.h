#pragma once

#include "pfstatement.h"

#include "text/diagnostic.h"
#include "text/lineindex.h"
#include "text/token.h"

#include <QList>
#include <QString>
#include <QStringView>

// A pf.conf file as a lossless syntax tree: every byte of the text belongs to
// a token or to trivia (blanks, comments, backslash-newline continuations), so
// an unedited document gives back its text byte for byte. Statements group the
// tokens; the meaning (macro expansion, rules) is PfRuleset's job.
class PfDocument
{
public:
    PfDocument() = default;
    static PfDocument parse(QString text, QString path = {});

    const QString &text() const { return m_text; }
    const QString &path() const { return m_path; }
    const QList<Token> &tokens() const { return m_tokens; }
    const QList<PfStatement> &statements() const { return m_statements; }
    // Syntax errors of the lossless layer (unterminated strings, stray braces...).
    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    bool hasErrors() const;

    // The trivia after the last token (trailing blanks and comments).
    Span trailingTrivia() const { return m_trailingTrivia; }
    QStringView textOf(Span span) const;
    QStringView textOf(const Token &token) const { return textOf(token.text); }
    LineIndex::Position position(qsizetype offset) const { return m_lines.position(offset); }
    // Rebuilds the text from tokens and trivia; equals text() by construction.
    QString toText() const;

private:
    QString m_text;
    QString m_path;
    QList<Token> m_tokens;
    QList<PfStatement> m_statements;
    QList<Diagnostic> m_diagnostics;
    Span m_trailingTrivia;
    LineIndex m_lines;
};
