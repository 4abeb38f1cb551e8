#pragma once

#include "jailconfdocument.h"
#include "jailconfdocumentchange.h"
#include "jailconflexer.h"

#include <array>
#include <optional>

// Builds a JailConfDocument from its text: jailparse.y's grammar with error
// recovery (a bad statement is skipped to its ';', a section missing its '}'
// ends where the next section starts).
class JailConfParser
{
public:
    // Parses `document`'s text from `from` on, which must be where a top-level item's first
    // token (its trivia) starts; the document already holds what stands before.
    explicit JailConfParser(JailConfDocument &document, qsizetype from = 0);
    void run();

    // `document` with `edits` applied, made by parsing again only the
    // top-level items the edits touch and moving the rest of its tree into
    // place; nullopt when that cannot be sure to give the tree a parse of
    // the whole `editedText` gives (see the .cpp for the rules).
    static std::optional<JailConfDocument> reparse(const JailConfDocument &document,
                                                   const QList<TextEdit> &edits,
                                                   const QString &editedText,
                                                   JailConfDocumentChange &change);

private:
    // Parses the items that start before `until` (-1: all); true when parsing
    // stopped without errors at a token that starts exactly at `until` (or at the end).
    bool runUntil(qsizetype until);
    void parseItem();
    void advance();
    void reportLexerProblems();
    bool at(JailConfTokenKind kind) const { return m_token.kind == int(kind); }
    bool startsSection() const;
    void parseSection();
    void parseStatement(int section);
    JailConfValue takeValue();
    // The current Word with the parts buffer itself, for a name that is read and
    // dropped before the next token; giveBack() returns the buffer.
    JailConfValue borrowValue();
    void giveBack(JailConfValue &value);
    void skipToStatementEnd(bool inSection);
    LineIndex::Position positionOf(qsizetype offset);
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
    bool m_lexedEnd = false; // the lexer returned the End token
    struct SharedParts
    {
        QStringView raw; // the value as written
        QList<JailConfValue::Part> parts;
    };
    std::array<SharedParts, 256> m_sharedParts;
    qsizetype m_lastEnd = 0; // end of the last consumed token
    int m_line = 1; // where positionOf() looks first
};
