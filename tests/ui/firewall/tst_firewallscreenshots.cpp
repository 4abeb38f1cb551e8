// Screenshots of the firewall pane and its rule dialog in the light and the
// dark colour scheme, saved to JAILWRIGHT_SCREENSHOT_DIR for people (and
// reviews) to look at: the demo host's pf.conf with a traced packet, a rule
// disabled and a lint warning. The test checks that each picture was made and
// follows its scheme.
#include "colorscheme.h"
#include "firewall/firewallpane.h"
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
#include <QDir>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFirewallScreenshots : public QObject
{
    Q_OBJECT

private:
    QDir m_folder;

    static void checkPicture(const QImage &image, bool dark)
    {
        QVERIFY(!image.isNull());
        QCOMPARE(image.pixelColor(3, 3).lightness() < 128, dark);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 5) {
            for (int x = 0; x < image.width(); x += 5)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

private slots:
    void initTestCase()
    {
        m_folder.setPath(QString::fromUtf8(JAILWRIGHT_SCREENSHOT_DIR));
        QVERIFY(m_folder.mkpath(u"."_s));
    }

    void screenshot_data()
    {
        QTest::addColumn<int>("scheme");
        QTest::newRow("light") << int(ColorScheme::Light);
        QTest::newRow("dark") << int(ColorScheme::Dark);
    }

    void screenshot()
    {
        QFETCH(int, scheme);
        const bool dark = ColorScheme::Scheme(scheme) == ColorScheme::Dark;
        const QString schemeName = dark ? u"dark"_s : u"light"_s;
        ColorScheme::instance()->apply(ColorScheme::Scheme(scheme));

        SyntaxDefinitions syntax;
        HostSession session(std::make_unique<FolderHost>(FolderHost::demoFolder()));
        session.load();
        QVERIFY(session.isLoaded());
        HostModel model(&session);
        FirewallPane pane(syntax);
        pane.resize(1500, 900);
        pane.setModel(&model);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));

        // A disabled rule and a traced packet, as a user would leave them.
        PfRuleTableModel *rules = pane.ruleModel();
        const QString text = session.text(u"/etc/pf.conf"_s);
        const int bridgeLine = int(text.left(text.indexOf(u"pass on bridge0"_s)).count(u'\n')) + 1;
        pane.selectRow(rules->rowForLine(bridgeLine));
        pane.toggleRuleAction()->trigger();
        pane.selectRow(rules->rowForLine(bridgeLine) + 2);
        pane.tracer()->setPacket(*PfPacket::fromSpec(
            u"on em0 in tcp from 203.0.113.5 port 40000 to 198.51.100.20 port 80"));
        pane.tracer()->traceButton()->click();
        QApplication::processEvents();

        const QImage image = pane.grab().toImage();
        const QString path = m_folder.filePath(u"firewall-pane-%1.png"_s.arg(schemeName));
        QVERIFY(image.save(path));
        qInfo("saved %s", qPrintable(QDir::cleanPath(path)));
        checkPicture(image, dark);

        RuleDialog dialog(*rules, &pane);
        QString other;
        const int row = rules->rowForLine(
            int(text.left(text.indexOf(u"to $nginx_ip port"_s)).count(u'\n')) + 1);
        dialog.setClauses(rules->clauses(row, &other), other, false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QImage dialogImage = dialog.grab().toImage();
        const QString dialogPath =
            m_folder.filePath(u"firewall-rule-dialog-%1.png"_s.arg(schemeName));
        QVERIFY(dialogImage.save(dialogPath));
        qInfo("saved %s", qPrintable(QDir::cleanPath(dialogPath)));
        checkPicture(dialogImage, dark);
        session.undoStack()->setIndex(0);
    }
};

QTEST_MAIN(TestFirewallScreenshots)
#include "tst_firewallscreenshots.moc"
