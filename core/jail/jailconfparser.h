#pragma once

#include "jailconfdocument.h"
#include "jailconflexer.h"

// Builds a JailConfDocument from its text: jailparse.y's grammar with error
// recovery (a bad statement is skipped to its ';', a section missing its '}'
// ends where the next section starts).
class JailConfParser
{
public:
    explicit JailConfParser(JailConfDocument &document);
    void run();

private:
    void advance();
    bool at(JailConfTokenKind kind) const { return m_token.kind == int(kind); }
    bool startsSection() const;
    void parseSection();
    void parseStatement(int section);
    JailConfValue takeValue() const;
    void skipToStatementEnd(bool inSection);
    void error(qsizetype offset, const QString &message);
    void errorAtToken(const QString &message);
    void finishStatementSpans(JailConfStatement &statement) const;
    void finishSectionSpans(JailConfSection &section) const;
    QString describeToken() const;

    JailConfDocument &m_document;
    QStringView m_text;
    JailConfLexer m_lexer;
    Token m_token;
    QList<JailConfValue::Part> m_parts;
    JailConfValue::Quoting m_quoting = JailConfValue::Quoting::None;
    // One token of lookahead, needed to tell `name {` from `name value;`.
    Token m_peek;
    QList<JailConfValue::Part> m_peekParts;
    JailConfValue::Quoting m_peekQuoting = JailConfValue::Quoting::None;
    bool m_hasPeek = false;
    qsizetype m_lastEnd = 0; // end of the last consumed token
};
