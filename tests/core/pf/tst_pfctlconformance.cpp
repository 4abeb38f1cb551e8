#include "pf/pfdocument.h"
#include "pf/pfprinter.h"
#include "pf/pfruleset.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

// FreeBSD's pfctl parser suite (sbin/pfctl/tests): `pfctl -o none -nvf X.in`
// must print X.ok, printing X.ok again must give X.ok (selfpf), and X.in with
// an X.fail must be rejected with a message the regex in X.fail matches.
// Cases listed in data/pfctl-known-failures.txt must still fail; one that
// starts to pass fails the test until it is taken off the list.
class TestPfctlConformance : public QObject
{
    Q_OBJECT

private:
    QString m_dir = QStringLiteral(JAILWRIGHT_SHARED_DIR "/corpus/pfctl-tests");
    QHash<QString, QString> m_knownFailures; // "pfNNNN kind" -> reason

    static QString readText(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

    // The interfaces the suite's environment has: lo0 on every machine, and
    // for the "interface" tests the vlanNNNN that pfctl_test.c creates.
    static PfRuleset::InterfaceAddresses interfacesFor(const QString &test)
    {
        PfRuleset::InterfaceAddresses interfaces {
            {u"lo0"_s, {u"127.0.0.1/8"_s, u"::1/128"_s, u"fe80::1/64"_s}}};
        interfaces.insert(u"vlan"_s + test.mid(2),
                          {u"203.0.113.5/30"_s, u"2001:db8::203.0.113.5/126"_s});
        return interfaces;
    }

    // What `pfctl -o none -nvf FILE` prints, stdout and stderr merged.
    QString pfctl(const QString &fileName, const QString &test) const
    {
        const QString text = readText(m_dir + u'/' + fileName);
        const PfDocument document = PfDocument::parse(text, fileName);
        const PfRuleset ruleset = PfRuleset::fromDocument(
            document, PfRuleset::localFileReader(m_dir), interfacesFor(test));
        if (ruleset.hasErrors())
            return PfPrinter::printErrors(ruleset.diagnostics);
        return PfPrinter::print(ruleset);
    }

private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(m_dir))
            QSKIP("the pfctl test corpus (../shared/corpus/pfctl-tests) is missing");
        const QString list =
            readText(QStringLiteral(JAILWRIGHT_TEST_DATA "/pfctl-known-failures.txt"));
        for (QStringView line : QStringView(list).split(u'\n')) {
            line = line.trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const auto parts = line.split(u' ', Qt::SkipEmptyParts);
            QVERIFY2(parts.size() >= 3,
                     qPrintable(u"known-failures line needs a reason: "_s + line.toString()));
            m_knownFailures.insert(parts[0].toString() + u' ' + parts[1].toString(),
                                   line.mid(line.indexOf(parts[2])).toString());
        }
    }

    void conformance_data()
    {
        QTest::addColumn<QString>("test");
        QTest::addColumn<QString>("kind");
        const QStringList files =
            QDir(m_dir).entryList({u"pf*.in"_s, u"pf*.ok"_s}, QDir::Files, QDir::Name);
        QSet<QString> seen;
        for (const QString &file : files) {
            const QString test = file.left(6);
            if (file.endsWith(u".ok"_s))
                QTest::addRow("%s self", qPrintable(test)) << test << u"self"_s;
            if (seen.contains(test))
                continue;
            seen.insert(test);
            if (QFileInfo::exists(m_dir + u'/' + test + u".in"_s)) {
                if (QFileInfo::exists(m_dir + u'/' + test + u".ok"_s))
                    QTest::addRow("%s ok", qPrintable(test)) << test << u"ok"_s;
                else if (QFileInfo::exists(m_dir + u'/' + test + u".fail"_s))
                    QTest::addRow("%s fail", qPrintable(test)) << test << u"fail"_s;
            }
        }
    }

    void conformance()
    {
        QFETCH(QString, test);
        QFETCH(QString, kind);
        QString actual;
        QString expected;
        bool passed = false;
        if (kind == u"fail") {
            actual = pfctl(test + u".in"_s, test);
            const QRegularExpression pattern(readText(m_dir + u'/' + test + u".fail"_s).trimmed());
            QVERIFY(pattern.isValid());
            expected = pattern.pattern();
            passed = pattern.match(actual).hasMatch() && actual.contains(u"pf rules not loaded"_s);
        } else {
            expected = readText(m_dir + u'/' + test + u".ok"_s);
            actual = pfctl(test + (kind == u"ok" ? u".in"_s : u".ok"_s), test);
            passed = actual == expected;
        }
        const QString key = test + u' ' + kind;
        if (m_knownFailures.contains(key)) {
            QVERIFY2(
                !passed,
                qPrintable(u"%1 passes now: remove it from pfctl-known-failures.txt"_s.arg(key)));
            return;
        }
        if (!passed)
            qWarning().noquote() << "expected:\n" << expected << "\nactual:\n" << actual;
        QVERIFY2(passed, qPrintable(key));
    }

    void knownFailuresAreCases()
    {
        for (auto it = m_knownFailures.cbegin(); it != m_knownFailures.cend(); ++it) {
            const QString test = it.key().section(u' ', 0, 0);
            const QString kind = it.key().section(u' ', 1, 1);
            const QString file = test + (kind == u"self" ? u".ok"_s : u".in"_s);
            QVERIFY2(QFileInfo::exists(m_dir + u'/' + file), qPrintable(it.key()));
        }
    }
};

QTEST_GUILESS_MAIN(TestPfctlConformance)
#include "tst_pfctlconformance.moc"
