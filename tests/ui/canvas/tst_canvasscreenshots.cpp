// Screenshots of the canvas in the light and the dark colour scheme, saved to
// <build>/screenshots/ for people (and reviews) to look at. The test checks
// that each picture was made and follows its scheme.
#include "canvas/nodeitem.h"
#include "canvas/topologyscene.h"
#include "canvas/topologyview.h"
#include "colorscheme.h"
#include "topologyfixtures.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCanvasScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void screenshot_data();
    void screenshot();

private:
    QDir m_folder;
};

void TestCanvasScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_folder.setPath(QCoreApplication::applicationDirPath() + u"/../screenshots"_s);
    QVERIFY(m_folder.mkpath(u"."_s));
}

void TestCanvasScreenshots::screenshot_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<TopologyGraph>("graph");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("zoom"); // 0: fit to view
    QTest::addColumn<int>("scheme");

    const std::pair<ColorScheme::Scheme, QString> schemes[] = {{ColorScheme::Light, u"light"_s},
                                                               {ColorScheme::Dark, u"dark"_s}};
    for (const auto &[scheme, schemeName] : schemes) {
        const auto row = [&](const QString &what, const TopologyGraph &graph, QSize size,
                             qreal zoom) {
            const QString name = u"canvas-%1-%2"_s.arg(what, schemeName);
            QTest::newRow(qPrintable(name)) << name << graph << size << zoom << int(scheme);
        };
        row(u"demo"_s, TopologyFixtures::demoGraph(), QSize(1400, 760), 0);
        row(u"1000-jails"_s, TopologyFixtures::generatedGraph(1000, 20), QSize(1600, 1000), 0);
        row(u"1000-jails-zoomed"_s, TopologyFixtures::generatedGraph(1000, 20), QSize(1600, 1000),
            1);
    }
}

void TestCanvasScreenshots::screenshot()
{
    QFETCH(QString, name);
    QFETCH(TopologyGraph, graph);
    QFETCH(QSize, size);
    QFETCH(qreal, zoom);
    QFETCH(int, scheme);

    ColorScheme::instance()->apply(ColorScheme::Scheme(scheme));
    TopologyView view;
    view.resize(size);
    view.setGraph(name, graph);
    view.selectNodes({u"jail:postgres"_s, u"jail:jail0004"_s});
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    if (zoom > 0) {
        view.setTransform(QTransform::fromScale(zoom, zoom));
        view.centerOn(view.topologyScene()->nodeItem(u"bridge:bridge2"_s)->cardSceneRect().center()
                      + QPointF(0, 380));
    } else {
        view.fitToView();
    }

    const QImage image = view.grab().toImage();
    const QString path = m_folder.filePath(name + u".png"_s);
    QVERIFY(image.save(path));
    qInfo("saved %s", qPrintable(QDir::cleanPath(path)));

    // The canvas follows the scheme: a dark background in the dark one.
    const bool dark = ColorScheme::Scheme(scheme) == ColorScheme::Dark;
    const QColor corner = image.pixelColor(2, 2);
    QCOMPARE(corner.lightness() < 128, dark);
    // And it shows something: many distinct colours, not an empty canvas.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
}

QTEST_MAIN(TestCanvasScreenshots)
#include "tst_canvasscreenshots.moc"
