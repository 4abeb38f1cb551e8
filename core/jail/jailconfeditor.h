#pragma once

#include "jailconfdocument.h"
#include "text/textedit.h"

#include <QList>
#include <QString>
#include <QStringList>

// Low-level edits of one jail.conf document, as the smallest text edits in the
// file's own style: its indentation, its spacing around '=', its quoting, its
// blank lines between sections. `section` -1 means outside any section.
// Values are written as given inside the file's quotes, so "$epair" stays a
// variable reference; a value that needs no quotes is written bare only where
// the file writes such values bare. Apply the edits with applyTextEdits() and
// parse the result again; indices refer to this document only.
class JailConfEditor
{
public:
    // A statement for a new section.
    struct Statement
    {
        QString name; // with a leading '$' for a variable
        JailConfStatement::Operator op = JailConfStatement::Operator::Assign;
        QStringList values; // empty: a valueless boolean (`vnet;`)
    };

    explicit JailConfEditor(const JailConfDocument &document);

    // Makes `name` have exactly `values` in the scope: the first statement of
    // that name is rewritten, later ones (its `+=` lines) are removed; without
    // one, a statement is added after the last statement of the scope.
    QList<TextEdit> setParameter(int section, const QString &name, const QStringList &values) const;
    // Adds `name += value;` lines after the last statement of that name (or
    // after the last statement of the scope).
    QList<TextEdit> appendParameter(int section, const QString &name,
                                    const QStringList &values) const;
    // Removes every statement of `name` in the scope, each with its line.
    QList<TextEdit> removeParameter(int section, const QString &name) const;
    // Removes one statement with its line (or only itself when it shares the line).
    QList<TextEdit> removeStatement(int statement) const;
    // Rewrites the values of one statement, keeping its name and operator.
    QList<TextEdit> replaceValues(int statement, const QStringList &values) const;
    // Inserts a new section after section `after` (-1: at the end of the file),
    // laid out like its neighbours, with `leadingComment` lines above it if given.
    QList<TextEdit> addSection(int after, const QString &name, const QList<Statement> &statements,
                               const QStringList &leadingComment = {}) const;
    // Removes a section with its leading comment block and one blank line.
    QList<TextEdit> removeSection(int section) const;
    QList<TextEdit> renameSection(int section, const QString &newName) const;

    // How this file writes `value` (quoted or bare).
    QString formatValue(const QString &value) const;
    // One statement line as this file writes it, without indentation or newline.
    QString formatStatement(const Statement &statement) const;

private:
    QList<TextEdit> insertStatements(int section, int after, const QStringList &lines) const;
    QString indentation(int section) const;
    QString newline() const;
    QString formatName(const QString &name) const;

    const JailConfDocument &m_document;
};
