#pragma once

#include "pf/pfruleseteditor.h"

#include <QDialog>
#include <QHash>

class PfRuleTableModel;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// A pf rule as a form: every common part of a filter rule has a field, the
// rule text they make is shown as it is typed, and it is checked the way
// pfctl would load it (with the file's macros); OK stays off while it fails.
class RuleDialog : public QDialog
{
    Q_OBJECT

public:
    using Clauses = QHash<PfRulesetEditor::Field, QString>;

    // `model` checks the rule against its file's macros.
    RuleDialog(const PfRuleTableModel &model, QWidget *parent = nullptr);

    // Fills the form from a rule's parts; `other` is what no field covers, kept as it is.
    void setClauses(const Clauses &clauses, const QString &other, bool otherEditable);
    // The parts as the form has them; a part left empty is absent.
    Clauses clauses() const;
    QString ruleText() const;
    QString error() const;

    QLineEdit *field(PfRulesetEditor::Field field) const;
    QComboBox *actionBox() const { return m_action; }

private:
    void validate();

    const PfRuleTableModel &m_model;
    QComboBox *m_action;
    QComboBox *m_direction;
    QCheckBox *m_log;
    QCheckBox *m_quick;
    QComboBox *m_family;
    QComboBox *m_state;
    QHash<PfRulesetEditor::Field, QLineEdit *> m_fields;
    QLineEdit *m_other;
    QLabel *m_preview;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QString m_logOptions;
};
