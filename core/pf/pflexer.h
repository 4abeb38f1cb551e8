#pragma once

#include "pftokenkind.h"

#include "text/token.h"

#include <QList>
#include <QStringView>

// Splits pf.conf text into tokens the way pfctl's lexer does, keeping blanks,
// comments and backslash-newline continuations as the trivia of the next token.
// Offsets are relative to the start of the given text plus `base`.
class PfLexer
{
public:
    explicit PfLexer(QStringView text, qsizetype base = 0);

    // The next token; at the end of the text returns nothing and leaves the
    // remaining trivia in trailingTrivia().
    bool next(Token &token);
    Span trailingTrivia() const { return m_trailing; }
    // Offsets of quoted strings that end at a newline or at the end of the text.
    const QList<qsizetype> &unterminatedStrings() const { return m_unterminated; }

    static bool isWordCharacter(QChar c);

private:
    qsizetype skipTrivia();

    QStringView m_text;
    qsizetype m_base = 0;
    qsizetype m_pos = 0;
    Span m_trailing;
    QList<qsizetype> m_unterminated;
};
