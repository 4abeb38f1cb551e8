#include "text/chunkedlist.h"
#include "text/diagnostic.h"
#include "text/lineindex.h"
#include "text/sourcefile.h"
#include "text/textedit.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTextLayer : public QObject
{
    Q_OBJECT

private slots:
    void lineIndex_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("start") << u"abc\ndef"_s << 0 << 1 << 1;
        QTest::newRow("end of first line") << u"abc\ndef"_s << 3 << 1 << 4;
        QTest::newRow("second line") << u"abc\ndef"_s << 5 << 2 << 2;
        QTest::newRow("after last newline") << u"abc\n"_s << 4 << 2 << 1;
        QTest::newRow("blank lines") << u"\n\n\nx"_s << 3 << 4 << 1;
    }
    void lineIndex()
    {
        QFETCH(QString, text);
        QFETCH(int, offset);
        const LineIndex index(text);
        const auto position = index.position(offset);
        QTEST(position.line, "line");
        QTEST(position.column, "column");
    }

    void applyEdits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<TextEdit>>("edits");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << u"a = 1;"_s << QList<TextEdit> {} << u"a = 1;"_s;
        QTest::newRow("replace") << u"a = 1;"_s << QList<TextEdit> {{{4, 5}, u"22"_s}}
                                 << u"a = 22;"_s;
        QTest::newRow("insert and delete out of order")
            << u"abcdef"_s << QList<TextEdit> {{{4, 6}, {}}, {{0, 0}, u">"_s}} << u">abcd"_s;
        QTest::newRow("two inserts at one place keep order")
            << u"ab"_s << QList<TextEdit> {{{1, 1}, u"1"_s}, {{1, 1}, u"2"_s}} << u"a12b"_s;
    }
    void applyEdits()
    {
        QFETCH(QString, text);
        QFETCH(QList<TextEdit>, edits);
        const auto result = applyTextEdits(text, edits);
        QVERIFY(result.has_value());
        QTEST(*result, "expected");
        const auto undone = applyTextEdits(*result, invertTextEdits(text, edits));
        QVERIFY(undone.has_value());
        QCOMPARE(*undone, text);
    }

    void overlappingEditsAreRefused()
    {
        QVERIFY(!applyTextEdits(u"abcdef"_s, {{{0, 3}, u"x"_s}, {{2, 4}, u"y"_s}}).has_value());
        QVERIFY(!applyTextEdits(u"abc"_s, {{{2, 9}, u"x"_s}}).has_value());
    }

    void smallestEdit_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<TextEdit>("expected");
        QTest::newRow("equal") << u"abc"_s << u"abc"_s << TextEdit {{3, 3}, {}};
        QTest::newRow("insert") << u"abc"_s << u"abXc"_s << TextEdit {{2, 2}, u"X"_s};
        QTest::newRow("delete") << u"abcd"_s << u"ad"_s << TextEdit {{1, 3}, {}};
        QTest::newRow("replace") << u"a = 1;"_s << u"a = 22;"_s << TextEdit {{4, 5}, u"22"_s};
        // The common suffix may not reach into the common prefix.
        QTest::newRow("repeated text") << u"aa"_s << u"aaa"_s << TextEdit {{2, 2}, u"a"_s};
        const QString as(200, u'a');
        const QString bs(150, u'b');
        QTest::newRow("long, across compared blocks")
            << as + u"x"_s + bs << as + u"yz"_s + bs << TextEdit {{200, 201}, u"yz"_s};
        QTest::newRow("long repeated text") << as << as + u"a"_s << TextEdit {{200, 200}, u"a"_s};
        QTest::newRow("from empty") << QString() << u"x;"_s << TextEdit {{0, 0}, u"x;"_s};
        QTest::newRow("to empty") << u"x;"_s << QString() << TextEdit {{0, 2}, {}};
    }
    void smallestEdit()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        const TextEdit edit = smallestTextEdit(before, after);
        QTEST(edit, "expected");
        QCOMPARE(applyTextEdits(before, {edit}).value_or(u"(does not fit)"_s), after);
    }

    void bytesRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        QTest::newRow("ascii") << QByteArray("a=1;\n") << int(SourceFile::Encoding::Utf8);
        QTest::newRow("utf-8") << QByteArray("# caf\xc3\xa9\n") << int(SourceFile::Encoding::Utf8);
        QTest::newRow("latin-1") << QByteArray("# caf\xe9\r\n")
                                 << int(SourceFile::Encoding::Latin1);
        QTest::newRow("nul byte") << QByteArray("a\0b", 3) << int(SourceFile::Encoding::Utf8);
    }
    void bytesRoundTrip()
    {
        QFETCH(QByteArray, bytes);
        const SourceFile file = SourceFile::fromBytes(u"/etc/x.conf"_s, bytes);
        QFETCH(int, encoding);
        QCOMPARE(int(file.encoding()), encoding);
        QCOMPARE(file.toBytes(), bytes);
    }

    // first(n) shares the whole chunks it keeps; writing to either list
    // afterwards leaves the other as it was.
    void chunkedList_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("kept");
        QTest::newRow("empty") << 0 << 0;
        QTest::newRow("within the first chunk") << 100 << 50;
        QTest::newRow("one whole chunk") << 600 << int(ChunkedList<int>::ChunkSize);
        QTest::newRow("across chunks") << 600 << 300;
        QTest::newRow("all of it") << 600 << 600;
    }
    void chunkedList()
    {
        QFETCH(int, size);
        QFETCH(int, kept);
        ChunkedList<int> list;
        for (int i = 0; i < size; ++i)
            list.append(i * 3);
        QCOMPARE(list.size(), size);
        QCOMPARE(list.isEmpty(), size == 0);
        const QList<int> items(list.begin(), list.end());
        QCOMPARE(items.size(), size);
        for (int i = 0; i < size; ++i)
            QCOMPARE(items[i], i * 3);

        ChunkedList<int> prefix = list.first(kept);
        QCOMPARE(prefix.size(), kept);
        QCOMPARE(prefix == list, kept == size);
        for (int i = 0; i < kept; ++i)
            QCOMPARE(prefix[i], list[i]);
        prefix.append(-1);
        QCOMPARE(prefix.last(), -1);
        QCOMPARE(list.size(), size);
        if (kept > 0) {
            prefix[0] = -2;
            QCOMPARE(prefix.first(), -2);
            QCOMPARE(list.first(), 0);
        }
    }

    void diagnosticFormat()
    {
        const Diagnostic d {Diagnostic::Severity::Warning, u"/etc/pf.conf"_s, 12, 5,
                            u"unused macro"_s};
        QCOMPARE(d.toString(), u"/etc/pf.conf:12:5: warning: unused macro"_s);
    }
};

QTEST_GUILESS_MAIN(TestTextLayer)
#include "tst_textlayer.moc"
