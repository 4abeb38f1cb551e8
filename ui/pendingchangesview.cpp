#include "pendingchangesview.h"

#include "codeeditor.h"

#include "host/hostsession.h"
#include "host/pendingchangesmodel.h"

#include <QAction>
#include <QBoxLayout>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>

using namespace Qt::StringLiterals;

PendingChangesView::PendingChangesView(SyntaxDefinitions &definitions, QAction *saveAction,
                                       QWidget *parent)
    : QWidget(parent)
    , m_model(new PendingChangesModel(this))
    , m_files(new QListView(this))
    , m_diff(new CodeEditor(definitions, this))
    , m_revert(new QPushButton(tr("&Revert File"), this))
{
    m_files->setModel(m_model);
    m_files->setObjectName(u"PendingFiles"_s);
    m_files->setAccessibleName(tr("Changed files"));
    m_diff->setReadOnly(true);
    m_diff->setObjectName(u"PendingDiff"_s);
    m_diff->setAccessibleName(tr("Changes of the selected file"));
    m_diff->setDefinitionByName(u"Diff"_s);
    m_revert->setObjectName(u"RevertFile"_s);
    m_revert->setEnabled(false);

    auto *save = new QToolButton(this);
    save->setDefaultAction(saveAction);
    save->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(m_revert);
    buttons->addStretch();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_files);
    leftLayout->addLayout(buttons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_files->setCurrentIndex(m_model->index(0));
        showCurrentDiff();
    });
    connect(m_files->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PendingChangesView::showCurrentDiff);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (HostSession *session = m_model->session())
            session->revert(m_files->currentIndex().data(PendingChangesModel::PathRole).toString());
    });
}

void PendingChangesView::setSession(HostSession *session)
{
    m_model->setSession(session);
}

void PendingChangesView::showCurrentDiff()
{
    const QModelIndex current = m_files->currentIndex();
    m_revert->setEnabled(current.isValid());
    m_diff->setTextKeepingView(current.data(PendingChangesModel::DiffRole).toString());
}
