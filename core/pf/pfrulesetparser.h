#pragma once

#include "pfaltqevaluator.h"
#include "pfruleset.h"
#include "pftokenkind.h"

#include <QStringList>

#include <deque>

// Builds a PfRuleset from a PfDocument: expands macros the way pfctl's lexer
// does and parses each statement with pfctl's grammar (sbin/pfctl/parse.y),
// reporting errors in pfctl's wording.
class PfRulesetParser
{
public:
    PfRulesetParser(const PfRuleset::FileReader &reader,
                    const PfRuleset::InterfaceAddresses &interfaces);

    PfRuleset parse(const PfDocument &document);

    // One token of a statement after macro expansion.
    struct Word
    {
        PfTokenKind kind = PfTokenKind::Invalid;
        QStringView text;
        qsizetype offset = 0; // where it (or the macro it came from) stands in the file
        bool quoted = false;
    };

private:
    void parseDocument(const PfDocument &document, int depth);
    QList<PfRule> *ruleListFor(int parentStatement);
    bool expand(const PfDocument &document, const PfStatement &statement);
    bool appendWord(PfTokenKind kind, QStringView text, qsizetype offset);
    void error(qsizetype offset, const QString &message);
    void warning(qsizetype offset, const QString &message);

    PfRuleset::FileReader m_reader;
    PfRuleset::InterfaceAddresses m_interfaces;
    PfRuleset m_ruleset;
    const PfDocument *m_document = nullptr;
    QList<Word> m_words;
    QString m_expanded; // the statement's text with macros expanded, when it has any
    std::deque<QString> m_strings; // unquoted strings with escapes, kept for the views in m_words
    QHash<int, QList<int>> m_anchorPath; // statement -> index path to its anchor rule
    PfAltqEvaluator m_altq;
};
