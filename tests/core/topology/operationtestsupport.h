#pragma once

#include "jail/jailconfresolver.h"
#include "topology/hostconfiguration.h"
#include "topology/operationresult.h"

#include <QStringList>

using namespace Qt::StringLiterals;

// The demo host (resources/demo-host) as a HostConfiguration.
inline HostConfiguration demoHost()
{
    const QString root = QStringLiteral(JAILWRIGHT_SOURCE_DIR "/resources/demo-host");
    JailConfDocumentSet jailConf = JailConfDocumentSet::load(root + u"/etc/jail.conf"_s);
    RcConfiguration rc = RcConfiguration::load(root + u"/etc"_s);
    const JailConfResolution resolution = JailConfResolver::resolve(jailConf);
    return HostConfiguration(std::move(jailConf), std::move(rc),
                             HostNetwork::readJailRc(resolution, root));
}

inline HostConfiguration hostFromTexts(const QString &jailConf, const QString &rcConf)
{
    return HostConfiguration(
        JailConfDocumentSet::fromDocument(JailConfDocument::parse(u"/etc/jail.conf"_s, jailConf),
                                          JailConfReader::inMemory({})),
        RcConfiguration({RcConfDocument::fromText(u"/etc/rc.conf"_s, rcConf)}));
}

// The changed lines of one file as hunks: "@@ N" (N: the first old line the
// hunk touches, or the one an insertion goes before), then "-old" and "+new"
// lines. A longest-common-subsequence diff over lines, enough for test files.
inline QString lineDiff(const QString &before, const QString &after)
{
    const QStringList a = before.split(u'\n');
    const QStringList b = after.split(u'\n');
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<QList<int>> common(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            common[i][j] =
                a[i] == b[j] ? common[i + 1][j + 1] + 1 : qMax(common[i + 1][j], common[i][j + 1]);
    QStringList lines;
    QStringList removed;
    QStringList added;
    qsizetype hunkStart = -1;
    const auto flush = [&] {
        if (hunkStart >= 0)
            lines += QStringList {u"@@ %1"_s.arg(hunkStart + 1)} + removed + added;
        removed.clear();
        added.clear();
        hunkStart = -1;
    };
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            flush();
            ++i;
            ++j;
        } else if (j < m && (i == n || common[i][j + 1] >= common[i + 1][j])) {
            hunkStart = hunkStart < 0 ? i : hunkStart;
            added.append(u'+' + b[j++]);
        } else {
            hunkStart = hunkStart < 0 ? i : hunkStart;
            removed.append(u'-' + a[i++]);
        }
    }
    flush();
    return lines.join(u'\n');
}

// Every file's diff, "=== path" before each, in the order the result lists them.
inline QString diffOf(const HostConfiguration &host, const OperationResult &result)
{
    QStringList parts;
    for (const DocumentEdit &edit : result.edits) {
        QString before;
        for (const JailConfDocument &document : host.jailConf().documents())
            if (document.path() == edit.path)
                before = document.text();
        for (const RcConfDocument &document : host.rc().documents())
            if (document.path() == edit.path)
                before = document.text();
        for (const RcConfiguration &rc : host.jailRc())
            for (const RcConfDocument &document : rc.documents())
                if (document.path() == edit.path)
                    before = document.text();
        const QString after = applyTextEdits(before, edit.edits).value_or(u"<overlapping edits>"_s);
        QString path = edit.path;
        if (const qsizetype demo = path.indexOf(u"/demo-host/"_s); demo >= 0)
            path = path.sliced(demo + 10);
        parts.append(u"=== "_s + path + u'\n' + lineDiff(before, after));
    }
    return parts.join(u'\n');
}
