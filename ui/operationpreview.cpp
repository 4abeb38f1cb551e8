#include "operationpreview.h"

#include "codeeditor.h"

#include "host/hostmodel.h"
#include "host/hostsession.h"
#include "text/unifieddiff.h"
#include "topology/operationresult.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

OperationPreview::OperationPreview(SyntaxDefinitions &definitions, QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_changes(new CodeEditor(definitions, this))
{
    m_summary->setWordWrap(true);
    m_summary->setObjectName(u"PreviewSummary"_s);
    m_changes->setReadOnly(true);
    m_changes->setDefinitionByName(u"Diff"_s);
    m_changes->setObjectName(u"PreviewChanges"_s);
    m_changes->setAccessibleName(tr("The changes this makes"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_changes, 1);
}

void OperationPreview::setOperation(const HostModel &host, const OperationResult &result)
{
    if (!result.ok()) {
        m_summary->setText(result.error);
        m_changes->setTextKeepingView(QString());
        return;
    }
    m_summary->setText(result.description);
    QString diffs;
    for (const DocumentEdit &edit : result.edits) {
        const QString before = host.session()->text(edit.path);
        diffs +=
            unifiedDiff(edit.path, before, applyTextEdits(before, edit.edits).value_or(before));
    }
    m_changes->setTextKeepingView(diffs);
}

QString OperationPreview::changes() const
{
    return m_changes->toPlainText();
}
