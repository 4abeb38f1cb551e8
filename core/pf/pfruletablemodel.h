#pragma once

#include "pfdocument.h"
#include "pfruleset.h"
#include "pfruleseteditor.h"

#include "text/diagnostic.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QIcon>
#include <QSet>

// The rules of one pf.conf as a table, in file order: the rules pf loads
// (anchor bodies indented under their call) and the rules commented out the
// way PfRulesetEditor::disableRule() does it, greyed. Lint problems mark their
// rule; a packet trace marks the rules it matched and the one that decided.
// Rows are dragged by statement; a drop asks for a move, it never edits.
class PfRuleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Number,
        Action,
        Direction,
        Quick,
        Interface,
        Protocol,
        From,
        To,
        Ports,
        State,
        Label,
        ColumnCount
    };
    enum class TraceMark { None, Matched, Translated, Deciding };
    enum Role {
        StatementRole = Qt::UserRole + 1, // int; -1 for a disabled rule
        LineRole, // int, 1-based first line
        DisabledRole, // bool
        TraceRole, // int(TraceMark)
        ProblemsRole, // QStringList of lint and error messages
    };

    // How marks look; the view sets them from its palette and style.
    struct Appearance
    {
        QIcon warningIcon;
        QIcon errorIcon;
        QColor disabledText;
        QColor matchedBackground;
        QColor translatedBackground;
        QColor decidingBackground;
    };

    explicit PfRuleTableModel(QObject *parent = nullptr);

    void setFirewall(const PfDocument &document, const PfRuleset &ruleset,
                     const QList<Diagnostic> &diagnostics);
    void setAppearance(const Appearance &appearance);
    // Rules by statement; -1 for none.
    void setTrace(const QSet<int> &matched, int translation, int deciding);
    void clearTrace() { setTrace({}, -1, -1); }

    const PfDocument &document() const { return m_document; }
    int statementAt(int row) const;
    int lineAt(int row) const;
    int lastLineAt(int row) const;
    bool isDisabled(int row) const;
    int rowForStatement(int statement) const;
    int rowForLine(int line) const;
    // The rule as written, continuation lines joined (without the comment marks of a disabled one).
    QString ruleText(int row) const;
    // The parts of the rule as written (macros unexpanded), by the editor's field;
    // what the rule dialog starts from. `other` receives what no field covers.
    QHash<PfRulesetEditor::Field, QString> clauses(int row, QString *other = nullptr) const;
    // Why `rule` (one rule, written with this file's macros) would not load; empty when it would.
    QString ruleError(const QString &rule) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    void moveRequested(int statement, int target, PfRulesetEditor::Placement placement);

private:
    struct Row
    {
        PfRule rule;
        int statement = -1;
        int line = 0;
        int lastLine = 0;
        int number = 0; // 1-based among the loaded rules, 0 when disabled
        int depth = 0;
        bool disabled = false;
        QList<Diagnostic> problems;
    };

    void addRules(const QList<PfRule> &rules, int depth);
    void addDisabledRules();
    QString macroDefinitions() const;
    QString cell(const Row &row, int column) const;
    std::optional<int> dropTarget(int row, const QModelIndex &parent,
                                  PfRulesetEditor::Placement *placement) const;

    PfDocument m_document;
    QList<Row> m_rows;
    Appearance m_appearance;
    QSet<int> m_matched;
    int m_translation = -1;
    int m_deciding = -1;
};
