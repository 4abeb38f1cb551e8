#pragma once

#include "jailconftokenkind.h"
#include "jailconfvalue.h"
#include "text/token.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <array>

// Splits jail.conf text into tokens with trivia the way jail(8)'s jaillex.l
// does: whitespace and the three comment styles are trivia; adjacent unquoted
// runs, quoted strings and variables form one Word. Lexical errors
// (unterminated string, comment or variable, stray characters) are collected
// as (offset, message) pairs for the parser to report.
class JailConfLexer
{
public:
    struct Problem
    {
        qsizetype offset = 0;
        QString message;
    };

    // Lexes `text` from offset `at` on, which must be where a token's trivia starts.
    explicit JailConfLexer(QStringView text, qsizetype at = 0);

    // The next token; after the End token it keeps returning End.
    Token next();
    // The same, with the decoded parts of a Word put in `parts` (cleared
    // first, so a caller can reuse one list for every token).
    Token next(QList<JailConfValue::Part> &parts);
    // The quoting of the Word that next() returned last.
    JailConfValue::Quoting quoting() const { return m_quoting; }
    bool hasProblems() const { return !m_problems.isEmpty(); }
    QList<Problem> takeProblems() { return std::exchange(m_problems, {}); }

private:
    qsizetype skipTrivia(qsizetype at);
    void scanWord();
    void scanQuoted(QChar quote);
    void scanVariable(bool inDoubleQuotes, qsizetype end);
    void scanEscape(qsizetype end);
    void addText(QChar c);
    void addText(QStringView text);
    void addVariable(QStringView name);
    QString interned(QStringView text);
    void markQuoting(JailConfValue::Quoting quoting);

    QStringView m_text;
    qsizetype m_at = 0;
    QList<JailConfValue::Part> m_ownParts;
    QList<JailConfValue::Part> *m_parts = &m_ownParts;
    JailConfValue::Quoting m_quoting = JailConfValue::Quoting::None;
    bool m_sawPart = false;
    QList<Problem> m_problems;
    std::array<QString, 512> m_interned;
};
