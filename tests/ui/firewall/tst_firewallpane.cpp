// The firewall pane driven through its real widgets on the bundled demo host:
// the rule table, drag and drop, the rule actions and their shortcuts, the
// rule dialog, the text kept in sync both ways, the macros and tables editor
// and the packet tracer. Every test ends by undoing all it did and comparing
// the files with the originals byte for byte.
#include "codeeditor.h"
#include "firewall/firewallpane.h"
#include "firewall/macrosandtableseditor.h"
#include "firewall/packettracerform.h"
#include "firewall/ruledialog.h"

#include "host/folderhost.h"
#include "host/hostmodel.h"
#include "host/hostsession.h"
#include "pf/pfpacket.h"
#include "pf/pfruletablemodel.h"
#include "syntax/syntaxdefinitions.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

const QString hostRules = u"/etc/pf.conf"_s;

} // namespace

class TestFirewallPane : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SyntaxDefinitions> m_syntax;
    std::unique_ptr<HostSession> m_session;
    std::unique_ptr<HostModel> m_model;
    std::unique_ptr<FirewallPane> m_pane;

    PfRuleTableModel *rules() const { return m_pane->ruleModel(); }
    QString text() const { return m_session->text(hostRules); }

    // The 1-based line of the first line of the file holding `fragment`.
    int lineOf(const QString &fragment) const
    {
        const QStringList lines = text().split(u'\n');
        for (int i = 0; i < lines.size(); ++i) {
            if (lines[i].contains(fragment))
                return i + 1;
        }
        return 0;
    }
    int rowOf(const QString &fragment) const { return rules()->rowForLine(lineOf(fragment)); }
    QString cell(int row, int column) const
    {
        return rules()->index(row, column).data().toString();
    }

    void select(int row)
    {
        QTableView *table = m_pane->ruleTable();
        table->setFocus();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(rules()->index(row, 2)).center());
        QCOMPARE(m_pane->currentRow(), row);
    }

    // What a drop of `mime` at `position` does to the table's viewport. A real
    // QDrag cannot run on the offscreen platform (no drag manager), so the test
    // sends the view the events a drag would.
    void drop(QMimeData *mime, QPoint position)
    {
        QWidget *viewport = m_pane->ruleTable()->viewport();
        QDragEnterEvent enter(position, Qt::MoveAction, mime, Qt::LeftButton, {});
        QApplication::sendEvent(viewport, &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(position, Qt::MoveAction, mime, Qt::LeftButton, {});
        QApplication::sendEvent(viewport, &move);
        QVERIFY(move.isAccepted());
        QDropEvent dropEvent(position, Qt::MoveAction, mime, Qt::LeftButton, {});
        QApplication::sendEvent(viewport, &dropEvent);
    }

    // Runs `fill` on the rule dialog once it is open, then accepts it.
    void onRuleDialog(const std::function<void(RuleDialog *)> &fill)
    {
        QTimer::singleShot(0, this, [fill] {
            auto *dialog = qobject_cast<RuleDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            fill(dialog);
            dialog->accept();
        });
    }

private slots:
    void initTestCase() { m_syntax = std::make_unique<SyntaxDefinitions>(); }

    void init()
    {
        m_session =
            std::make_unique<HostSession>(std::make_unique<FolderHost>(FolderHost::demoFolder()));
        m_session->load();
        QVERIFY(m_session->isLoaded());
        m_model = std::make_unique<HostModel>(m_session.get());
        m_pane = std::make_unique<FirewallPane>(*m_syntax);
        m_pane->resize(1400, 900);
        m_pane->setModel(m_model.get());
        m_pane->show();
        m_pane->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
        QCOMPARE(m_pane->ruleset(), hostRules);
    }

    void cleanup()
    {
        // Whatever a test did, undoing all of it gives the files back byte for byte.
        m_session->undoStack()->setIndex(0);
        for (const QString &path : m_session->paths())
            QCOMPARE(m_session->original(path).toBytes(m_session->text(path)),
                     m_session->original(path).toBytes());
        QVERIFY(m_session->modifiedPaths().isEmpty());
        m_pane.reset();
        m_model.reset();
        m_session.reset();
    }

    void tableShowsTheRules()
    {
        const HostModel::Firewall *firewall = m_model->firewall(hostRules);
        QVERIFY(firewall);
        QCOMPARE(rules()->rowCount(), int(firewall->ruleset.rules.size()));
        for (int row = 0; row < rules()->rowCount(); ++row) {
            QCOMPARE(rules()->lineAt(row), firewall->ruleset.rules[row].line);
            QCOMPARE(cell(row, PfRuleTableModel::Number).trimmed(), QString::number(row + 1));
            QVERIFY(!cell(row, PfRuleTableModel::Action).isEmpty());
        }
        // Every ruleset of the host can be chosen: the host's and each VNET jail's.
        QCOMPARE(m_pane->rulesetChooser()->count(), int(m_model->firewalls().size()));
        QVERIFY(m_model->firewalls().size() >= 2);
    }

    void columnsShowExpandedRules_data()
    {
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("shown");
        QTest::newRow("macro interface")
            << u"to $nginx_ip port"_s << int(PfRuleTableModel::Interface) << u"em0"_s;
        QTest::newRow("macro address")
            << u"to $nginx_ip port"_s << int(PfRuleTableModel::To) << u"10.0.0.10"_s;
        QTest::newRow("port list")
            << u"to $nginx_ip port"_s << int(PfRuleTableModel::Ports) << u"80, 443"_s;
        QTest::newRow("protocol") << u"to $nginx_ip port"_s << int(PfRuleTableModel::Protocol)
                                  << u"tcp"_s;
        QTest::newRow("direction")
            << u"to $nginx_ip port"_s << int(PfRuleTableModel::Direction) << u"in"_s;
        QTest::newRow("quick") << u"block in quick"_s << int(PfRuleTableModel::Quick) << u"quick"_s;
        QTest::newRow("table") << u"block in quick"_s << int(PfRuleTableModel::From)
                               << u"<bruteforce>"_s;
        QTest::newRow("block policy")
            << u"block in all"_s << int(PfRuleTableModel::Action) << u"block"_s;
        QTest::newRow("state") << u"pass out all keep state"_s << int(PfRuleTableModel::State)
                               << u"keep state"_s;
        QTest::newRow("rdr target")
            << u"rdr on"_s << int(PfRuleTableModel::Action) << u"rdr → 10.0.0.10"_s;
        QTest::newRow("continued rule")
            << u"port 22 \\"_s << int(PfRuleTableModel::State) << u"keep state ("_s;
    }

    void columnsShowExpandedRules()
    {
        QFETCH(QString, fragment);
        QFETCH(int, column);
        QFETCH(QString, shown);
        const int row = rowOf(fragment);
        QVERIFY2(row >= 0, qPrintable(fragment));
        QVERIFY2(cell(row, column).startsWith(shown), qPrintable(cell(row, column)));
    }

    void moveRuleByDrag()
    {
        const int source = rowOf(u"from $db_ip to $backup_ip"_s);
        const int target = rowOf(u"pass on bridge0"_s);
        QVERIFY(source > target && target >= 0);
        select(source);
        QTableView *table = m_pane->ruleTable();
        std::unique_ptr<QMimeData> mime(rules()->mimeData({rules()->index(source, 0)}));
        QVERIFY(mime);
        // The upper edge of the target row: "above it".
        const QRect rect = table->visualRect(rules()->index(target, 2));
        drop(mime.get(), QPoint(rect.center().x(), rect.top() + 1));
        QTRY_VERIFY(lineOf(u"from $db_ip to $backup_ip"_s) < lineOf(u"pass on bridge0"_s));
        // The comment above the rule went with it, and the table follows the text.
        QCOMPARE(lineOf(u"# Only postgres may reach"_s) + 1,
                 lineOf(u"from $db_ip to $backup_ip"_s));
        QCOMPARE(rowOf(u"from $db_ip to $backup_ip"_s), target);
        QCOMPARE(m_pane->currentRow(), target);
        QCOMPARE(m_session->undoStack()->count(), 1);
        QVERIFY(m_session->undoStack()->undoText().startsWith(u"Move rule"_s));
    }

    void deleteAndUndoGiveIdenticalBytes()
    {
        const QByteArray before = m_session->original(hostRules).toBytes(text());
        const int rowsBefore = rules()->rowCount();
        select(rowOf(u"to $db_ip"_s));
        QTest::keyClick(m_pane->ruleTable(), Qt::Key_Delete);
        QCOMPARE(rules()->rowCount(), rowsBefore - 1);
        QVERIFY(!text().contains(u"to $db_ip"_s));
        QVERIFY(!text().contains(u"# Block database from external access"_s));
        QVERIFY(m_session->undoStack()->undoText().startsWith(u"Delete rule"_s));
        m_session->undoStack()->undo();
        QCOMPARE(m_session->original(hostRules).toBytes(text()), before);
        QCOMPARE(rules()->rowCount(), rowsBefore);
    }

    void shortcutsChangeTheSelectedRule_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<QString>("undoText");
        QTest::addColumn<int>("rowChange"); // rows added
        QTest::addColumn<int>("selectionMove"); // where the selected rule went
        QTest::newRow("duplicate")
            << int(Qt::Key_D) << int(Qt::ControlModifier) << u"Duplicate rule"_s << 1 << 1;
        QTest::newRow("disable") << int(Qt::Key_E) << int(Qt::ControlModifier) << u"Disable rule"_s
                                 << 0 << 0;
        QTest::newRow("move up") << int(Qt::Key_Up) << int(Qt::AltModifier) << u"Move rule"_s << 0
                                 << -1;
        QTest::newRow("move down")
            << int(Qt::Key_Down) << int(Qt::AltModifier) << u"Move rule"_s << 0 << 1;
    }

    void shortcutsChangeTheSelectedRule()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QFETCH(QString, undoText);
        QFETCH(int, rowChange);
        QFETCH(int, selectionMove);
        const int row = rowOf(u"pass on bridge0"_s);
        const int rowsBefore = rules()->rowCount();
        const QString rule = rules()->ruleText(row);
        select(row);
        QTest::keyClick(m_pane->ruleTable(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QCOMPARE(m_session->undoStack()->count(), 1);
        QVERIFY2(m_session->undoStack()->undoText().startsWith(undoText),
                 qPrintable(m_session->undoStack()->undoText()));
        QCOMPARE(rules()->rowCount(), rowsBefore + rowChange);
        QCOMPARE(m_pane->currentRow(), row + selectionMove);
        QCOMPARE(rules()->ruleText(m_pane->currentRow()), rule);
    }

    void disabledRuleIsGreyedAndEnabledAgain()
    {
        const QByteArray before = m_session->original(hostRules).toBytes(text());
        const int row = rowOf(u"pass on bridge0"_s);
        select(row);
        QVERIFY(m_pane->toggleRuleAction()->text().contains(u"Disa"_s));
        m_pane->toggleRuleAction()->trigger();
        QVERIFY(text().contains(u"# pass on bridge0"_s));
        QCOMPARE(m_pane->currentRow(), row);
        QVERIFY(rules()->isDisabled(row));
        QVERIFY(rules()->index(row, 1).data(Qt::ForegroundRole).isValid());
        QCOMPARE(cell(row, PfRuleTableModel::Interface), u"bridge0"_s);
        // The rules after it are numbered without it.
        QCOMPARE(cell(row + 1, PfRuleTableModel::Number).trimmed(), QString::number(row + 1));
        QVERIFY(!m_pane->deleteRuleAction()->isEnabled());
        QVERIFY(m_pane->toggleRuleAction()->text().contains(u"Ena"_s));
        m_pane->toggleRuleAction()->trigger();
        QVERIFY(!rules()->isDisabled(row));
        QCOMPARE(m_session->original(hostRules).toBytes(text()), before);
        QCOMPARE(m_session->undoStack()->count(), 2);
    }

    void editTextUpdatesTable()
    {
        CodeEditor *editor = m_pane->textEditor();
        const int rowsBefore = rules()->rowCount();
        editor->setFocus();
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, u"pass in on bridge1 proto udp to port 53"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        // One undo step for the whole pause in typing.
        QTRY_COMPARE(rules()->rowCount(), rowsBefore + 1);
        QCOMPARE(m_session->undoStack()->count(), 1);
        const int row = rules()->rowCount() - 1;
        QCOMPARE(cell(row, PfRuleTableModel::Interface), u"bridge1"_s);
        QCOMPARE(cell(row, PfRuleTableModel::Protocol), u"udp"_s);
        QCOMPARE(cell(row, PfRuleTableModel::Ports), u"53"_s);

        // A change made elsewhere (undo) comes back into the text.
        m_session->undoStack()->undo();
        QCOMPARE(editor->toPlainText(), text());
        QCOMPARE(rules()->rowCount(), rowsBefore);
    }

    void errorsInTextAreMarked()
    {
        CodeEditor *editor = m_pane->textEditor();
        editor->setFocus();
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, u"pass in on bridge1 proto udpx"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!m_model->diagnostics(hostRules).isEmpty());
        QVERIFY(m_pane->findChild<QLabel *>(u"firewall.status"_s)->text().contains(u"message"_s));
    }

    void lintProblemsMarkTheirRule()
    {
        // A quick rule that takes every packet on em0 first: the later rules on em0 never decide.
        const int row = rowOf(u"block in quick from <bruteforce>"_s);
        select(row);
        onRuleDialog([](RuleDialog *dialog) {
            dialog->actionBox()->setCurrentText(u"pass"_s);
            dialog->findChild<QCheckBox *>(u"rule.quick"_s)->setChecked(true);
            dialog->field(PfRulesetEditor::Field::Interface)->setText(u"$ext_if"_s);
            QVERIFY2(dialog->error().isEmpty(), qPrintable(dialog->error()));
        });
        m_pane->addRuleAction()->trigger();
        const int added = lineOf(u"pass in quick on $ext_if"_s);
        QVERIFY(added > lineOf(u"block in quick from"_s) && added < lineOf(u"# Admin access"_s));
        const int shadowed = rowOf(u"to $nginx_ip port"_s);
        const QStringList problems =
            rules()->index(shadowed, 0).data(PfRuleTableModel::ProblemsRole).toStringList();
        QVERIFY(!problems.isEmpty());
        QVERIFY(!rules()->index(shadowed, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
        const QString tooltip = rules()->index(shadowed, 3).data(Qt::ToolTipRole).toString();
        for (const QString &problem : problems)
            QVERIFY2(tooltip.contains(problem), qPrintable(tooltip));
    }

    void addRuleValidatesLive()
    {
        select(rowOf(u"block in on bridge1"_s));
        QString invalidError;
        QString preview;
        bool okWhileInvalid = true;
        onRuleDialog([&](RuleDialog *dialog) {
            dialog->field(PfRulesetEditor::Field::Interface)->setText(u"bridge1"_s);
            dialog->field(PfRulesetEditor::Field::Protocol)->setText(u"tcp"_s);
            dialog->field(PfRulesetEditor::Field::DestinationPort)->setText(u"no-such-service"_s);
            invalidError = dialog->error();
            okWhileInvalid =
                dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
            dialog->field(PfRulesetEditor::Field::DestinationPort)->setText(u"873"_s);
            dialog->field(PfRulesetEditor::Field::Source)->setText(u"$backup_net"_s);
            preview = dialog->findChild<QLabel *>(u"rule.preview"_s)->text();
            QVERIFY2(dialog->error().isEmpty(), qPrintable(dialog->error()));
        });
        m_pane->addRuleAction()->trigger();
        QVERIFY2(invalidError.startsWith(u"pfctl would refuse this rule"_s),
                 qPrintable(invalidError));
        QVERIFY(!okWhileInvalid);
        QCOMPARE(preview, u"pass in on bridge1 proto tcp from $backup_net to any port 873"_s);
        const int line = lineOf(preview);
        // Below the selected rule, above the next rule's comment.
        QVERIFY(line > lineOf(u"block in on bridge1"_s));
        QCOMPARE(line + 1, lineOf(u"# Block database from external access"_s));
        QCOMPARE(cell(rules()->rowForLine(line), PfRuleTableModel::From), u"10.0.1.0/24"_s);
        QCOMPARE(m_session->undoStack()->count(), 1);
    }

    void editRuleKeepsMacrosAndStyle()
    {
        const int row = rowOf(u"to $nginx_ip port"_s);
        select(row);
        onRuleDialog([](RuleDialog *dialog) {
            QCOMPARE(dialog->field(PfRulesetEditor::Field::Destination)->text(), u"$nginx_ip"_s);
            QCOMPARE(dialog->field(PfRulesetEditor::Field::Interface)->text(), u"$ext_if"_s);
            dialog->field(PfRulesetEditor::Field::DestinationPort)->setText(u"{ 80, 443, 8080 }"_s);
            dialog->field(PfRulesetEditor::Field::Label)->setText(u"web"_s);
        });
        m_pane->editRuleAction()->trigger();
        QVERIFY2(
            text().contains(
                u"pass in on $ext_if proto tcp to $nginx_ip port { 80, 443, 8080 } label \"web\"\n"_s),
            qPrintable(text()));
        QCOMPARE(m_session->undoStack()->count(), 1);
        QCOMPARE(cell(m_pane->currentRow(), PfRuleTableModel::Label), u"web"_s);
    }

    void macrosAndTablesAreEdited()
    {
        MacrosAndTablesEditor *editor = m_pane->macrosAndTables();
        const int macros = editor->macroList()->rowCount();
        editor->addMacro(u"mail_ip"_s, u"10.0.0.13"_s);
        QVERIFY(text().contains(u"mail_ip = \"10.0.0.13\""_s));
        QCOMPARE(editor->macroList()->rowCount(), macros + 1);
        editor->addTableEntry(u"bruteforce"_s, u"192.0.2.66"_s);
        const auto found = editor->tableList()->findItems(u"192.0.2.66"_s, Qt::MatchContains);
        QCOMPARE(found.size(), 1);
        QCOMPARE(m_session->undoStack()->count(), 2);
        // A refused edit says why and changes nothing.
        editor->removeMacro(u"no_such_macro"_s);
        QCOMPARE(m_session->undoStack()->count(), 2);
        QVERIFY(
            m_pane->findChild<QLabel *>(u"firewall.status"_s)->text().contains(u"no_such_macro"_s));
    }

    void chooseJailRuleset()
    {
        QComboBox *chooser = m_pane->rulesetChooser();
        const int jail = chooser->findText(u"postgres"_s, Qt::MatchContains);
        QVERIFY(jail > 0);
        chooser->setFocus();
        for (int i = chooser->currentIndex(); i < jail; ++i)
            QTest::keyClick(chooser, Qt::Key_Down);
        const QString path = chooser->itemData(jail).toString();
        QCOMPARE(m_pane->ruleset(), path);
        QVERIFY(m_pane->textEditor()->toPlainText().contains(u"5432"_s));
        const int row =
            rules()->rowForLine(int(m_session->text(path)
                                        .left(m_session->text(path).indexOf(u"port 5432"_s))
                                        .count(u'\n'))
                                + 1);
        QCOMPARE(cell(row, PfRuleTableModel::Ports), u"5432"_s);
        QCOMPARE(cell(row, PfRuleTableModel::From), u"10.0.0.11"_s);
    }

    void tracePacket_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("decidingRule"); // a fragment of its line
        QTest::addColumn<QString>("translationRule"); // empty: none
        QTest::addColumn<QString>("translation");
        QTest::newRow("web to nginx")
            << u"on em0 in tcp from 203.0.113.5 port 40000 to 198.51.100.20 port 80"_s << u"pass"_s
            << u"to $nginx_ip port"_s << u"rdr on"_s << u"redirected to 10.0.0.10 port 80"_s;
        QTest::newRow("database from outside")
            << u"on em0 in tcp from 203.0.113.5 port 40000 to 10.0.0.12 port 5432"_s << u"block"_s
            << u"to $db_ip"_s << QString() << QString();
        QTest::newRow("backup from postgres")
            << u"on bridge0 in tcp from 10.0.0.12 port 40000 to 10.0.1.10 port 22"_s << u"pass"_s
            << u"from $db_ip to $backup_ip"_s << QString() << QString();
    }

    void tracePacket()
    {
        QFETCH(QString, spec);
        QFETCH(QString, verdict);
        QFETCH(QString, decidingRule);
        QFETCH(QString, translationRule);
        QFETCH(QString, translation);
        QString error;
        const std::optional<PfPacket> packet = PfPacket::fromSpec(spec, &error);
        QVERIFY2(packet, qPrintable(error));
        m_pane->tracer()->setPacket(*packet);
        QTest::mouseClick(m_pane->tracer()->traceButton(), Qt::LeftButton);

        const int deciding = rowOf(decidingRule);
        const QString result = m_pane->tracer()->result();
        QVERIFY2(result.startsWith(u"%1 by rule %2 (line %3)"_s.arg(
                     verdict, cell(deciding, 0).trimmed(), QString::number(lineOf(decidingRule)))),
                 qPrintable(result));
        const auto mark = [this](int row) {
            return PfRuleTableModel::TraceMark(
                rules()->index(row, 0).data(PfRuleTableModel::TraceRole).toInt());
        };
        QCOMPARE(mark(deciding), PfRuleTableModel::TraceMark::Deciding);
        QVERIFY(rules()->index(deciding, 1).data(Qt::BackgroundRole).isValid());
        if (!translationRule.isEmpty()) {
            QCOMPARE(mark(rowOf(translationRule)), PfRuleTableModel::TraceMark::Translated);
            QVERIFY2(result.contains(translation), qPrintable(result));
        }
        // `block in all` matches every inbound packet before a later rule decides.
        QCOMPARE(mark(rowOf(u"block in all"_s)), PfRuleTableModel::TraceMark::Matched);
        QCOMPARE(mark(rowOf(u"pass out all"_s)), PfRuleTableModel::TraceMark::None);
        // The text selects the deciding rule.
        QVERIFY(m_pane->textEditor()->textCursor().selectedText().contains(decidingRule));

        // The trace follows edits: delete the deciding rule and the verdict changes or moves.
        select(deciding);
        m_pane->deleteRuleAction()->trigger();
        QVERIFY(m_pane->tracer()->result() != result);
    }
};

QTEST_MAIN(TestFirewallPane)
#include "tst_firewallpane.moc"
