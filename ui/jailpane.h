#pragma once

#include <QWidget>

#include <optional>

class CodeEditor;
class HostModel;
class JailParametersModel;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QTableView;
class QTimer;
class SyntaxDefinitions;
struct JailConfResolvedJail;

// The selected jail: a form for the common parameters, every effective
// parameter with its origin, and the jail's section as highlighted text.
// Edits leave as requests; the window turns them into operations, and the
// pane shows the result once the documents are derived again.
class JailPane : public QWidget
{
    Q_OBJECT

public:
    JailPane(SyntaxDefinitions &definitions, QWidget *parent = nullptr);

    void setModel(HostModel *model);
    void setJail(const QString &name);
    QString jail() const { return m_jail; }

    QTabWidget *tabs() const { return m_tabs; }
    CodeEditor *sectionText() const { return m_text; }
    QTableView *parameterTable() const { return m_table; }
    // The form's editor for a parameter (a QLineEdit, QCheckBox, QComboBox or QPlainTextEdit).
    QWidget *field(const QString &parameter) const { return m_fields.value(parameter); }
    // The VNET jail's own address, as its exec.start or rc.conf sets it.
    QLineEdit *addressEdit() const { return m_address; }

signals:
    // `values` empty: set a boolean; nullopt: remove the jail's own setting.
    void parameterChangeRequested(const QString &jail, const QString &parameter,
                                  const std::optional<QStringList> &values);
    void renameRequested(const QString &jail, const QString &newName);
    void addressChangeRequested(const QString &jail, const QString &address);
    void sectionTextChanged(const QString &jail, const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void addLineField(QFormLayout *form, const QString &parameter, const QString &label);
    void addListField(QFormLayout *form, const QString &parameter, const QString &label);
    void addFlagField(QFormLayout *form, const QString &parameter, const QString &label);
    void addChoiceField(QFormLayout *form, const QString &parameter, const QString &label,
                        const QStringList &choices);
    void fillForm(const JailConfResolvedJail &jail);
    QString currentSectionText() const;

    HostModel *m_model = nullptr;
    QString m_jail;
    QLabel *m_title;
    QLabel *m_network;
    QTabWidget *m_tabs;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QHash<QString, QWidget *> m_fields;
    JailParametersModel *m_parameters;
    QTableView *m_table;
    CodeEditor *m_text;
    QTimer *m_textIdle;
    bool m_filling = false;
};
