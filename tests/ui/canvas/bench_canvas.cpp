// canvas_build_1000: make the scene for a host with 1,000 jails on 20 bridges
// and lay it out. canvas_frame_1000: render one frame of that scene fitted
// into a 1600x1000 view.
#include "benchmarkreport.h"
#include "canvas/topologyscene.h"
#include "canvas/topologyview.h"
#include "topologyfixtures.h"

#include <QImage>
#include <QPainter>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

class BenchCanvas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void build();
    void frame();
};

void BenchCanvas::build()
{
    const TopologyGraph graph = TopologyFixtures::generatedGraph(1000, 20);
    std::vector<std::unique_ptr<TopologyScene>> scenes;
    const double median = reportBenchmark("canvas_build_1000", "ms", [&] {
        auto scene = std::make_unique<TopologyScene>();
        scene->setGraph(graph);
        scenes.push_back(std::move(scene));
    });
    QCOMPARE(scenes.back()->nodeItems().size(), graph.nodes().size());
    QVERIFY(median > 0);
}

void BenchCanvas::frame()
{
    TopologyView view;
    view.resize(1600, 1000);
    view.setGraph(u"bench"_s, TopologyFixtures::generatedGraph(1000, 20));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.fitToView();
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QCOMPARE(image.size(), QSize(1600, 1000));
    const auto render = [&] {
        QPainter painter(&image);
        view.render(&painter, QRectF(image.rect()), view.viewport()->rect());
    };
    render(); // the first frame also builds the scene's index
    const double median = reportBenchmark("canvas_frame_1000", "ms", render);
    QVERIFY(median > 0);
    QVERIFY(image.pixel(image.width() / 2, image.height() / 2) != 0);
}

QTEST_MAIN(BenchCanvas)
#include "bench_canvas.moc"
