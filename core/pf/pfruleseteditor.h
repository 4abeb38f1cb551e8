#pragma once

#include "pfdocument.h"
#include "pfrulesetedit.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Operations on a pf.conf document that the firewall pane offers: insert,
// delete, move, disable and enable rules, change one field of a rule, and
// manage macros and tables. Each gives the smallest text edits, written in the
// file's own style (indentation, continuation lines, spacing and quoting of
// macros, list separators), and touches nothing else. Rules are named by their
// statement index in the document (PfRule::statement).
class PfRulesetEditor
{
public:
    // The parts of a rule that setField() changes. The value is what follows the
    // part's keyword (`on em0` -> "em0"); Action, Direction, AddressFamily and
    // State take the whole words ("block return", "in", "inet6", "keep state").
    enum class Field {
        Action,
        Direction,
        Log, // the options inside `log ( )`, empty for plain `log`
        Quick, // any value: present
        Interface,
        AddressFamily,
        Protocol,
        Source, // the hosts after `from`
        SourcePort,
        Destination, // the hosts after `to`
        DestinationPort,
        Flags,
        IcmpType,
        State,
        Label, // quoted when written unquoted
        Tag,
        Tagged,
        Queue,
        Rtable,
        Probability,
        TranslationTarget, // after `->` of nat, binat and rdr
    };
    enum class Placement { Above, Below };

    explicit PfRulesetEditor(PfDocument document);

    const PfDocument &document() const { return m_document; }
    // Statement indexes of the rules (filter, translation, scrub, antispoof and
    // anchor calls), in file order, anchor bodies included.
    QList<int> ruleStatements() const;
    // First lines (1-based) of rules that are commented out the way disableRule() does it.
    QList<int> disabledRuleLines() const;

    // The parts a rule has, each as setField() takes it back (continued lines
    // joined with a blank), so setField(s, f, fieldValues(s).value(f)) changes nothing.
    QHash<Field, QString> fieldValues(int statement) const;

    // `rule` is one rule as text; it goes before `beforeStatement`, or after the
    // last rule when that is -1.
    PfRulesetEdit insertRule(int beforeStatement, const QString &rule) const;
    // The rule goes together with the comment lines right above it.
    PfRulesetEdit deleteRule(int statement) const;
    PfRulesetEdit moveRule(int statement, int target, Placement placement) const;
    PfRulesetEdit disableRule(int statement) const;
    PfRulesetEdit enableRule(int line) const;
    // nullopt removes the part (Action cannot be removed).
    PfRulesetEdit setField(int statement, Field field, const std::optional<QString> &value) const;

    PfRulesetEdit addMacro(const QString &name, const QString &value) const;
    PfRulesetEdit removeMacro(const QString &name) const;
    PfRulesetEdit addMacroEntry(const QString &name, const QString &entry) const;
    PfRulesetEdit removeMacroEntry(const QString &name, const QString &entry) const;

    PfRulesetEdit addTable(const QString &name, const QString &options,
                           const QStringList &entries) const;
    PfRulesetEdit removeTable(const QString &name) const;
    PfRulesetEdit addTableEntry(const QString &name, const QString &entry) const;
    PfRulesetEdit removeTableEntry(const QString &name, const QString &entry) const;

    static QString fieldName(Field field);

private:
    struct Clause
    {
        Field field;
        qsizetype first = 0; // token indexes, inclusive
        qsizetype last = 0;
    };
    struct LineBlock
    {
        qsizetype begin = 0; // start of the first line
        qsizetype end = 0; // after the newline of the last line (or the end of the text)
    };

    bool isRule(int statement) const;
    qsizetype lastToken(int statement) const;
    Span extent(int statement) const;
    std::optional<LineBlock> ruleBlock(int statement, bool withComments) const;
    QList<Clause> clauses(int statement, bool *hasAll, qsizetype *allToken) const;
    QString newline() const;
    QString indentationAt(qsizetype offset) const;
    QString wrapped(const QString &rule, const QString &indentation) const;
    int lineOf(qsizetype offset) const;
    int findStatement(PfStatement::Kind kind, const QString &name) const;
    QList<Span> tableEntries(int statement, Span *braces) const;
    PfRulesetEdit removeLines(LineBlock block, const QString &description) const;
    PfRulesetEdit insertLine(int afterStatement, int beforeStatement, const QString &line,
                             const QString &description) const;

    PfDocument m_document;
};
