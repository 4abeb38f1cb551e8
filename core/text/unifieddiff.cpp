#include "unifieddiff.h"

#include <QList>
#include <QStringView>

#include <vector>

using namespace Qt::StringLiterals;

namespace {

// Lines with their end of line, so a missing final newline shows as diff(1) does.
QList<QStringView> splitLines(const QString &text)
{
    QList<QStringView> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n') {
            lines.append(QStringView(text).sliced(start, i + 1 - start));
            start = i + 1;
        }
    }
    if (start < text.size())
        lines.append(QStringView(text).sliced(start));
    return lines;
}

enum class Op { Keep, Remove, Add };

// Myers' O(ND) shortest edit script over the lines between the common prefix and suffix.
std::vector<Op> editScript(const QList<QStringView> &a, const QList<QStringView> &b)
{
    const int n = int(a.size());
    const int m = int(b.size());
    const int max = n + m;
    std::vector<int> v(2 * max + 2, 0);
    std::vector<std::vector<int>> trace;
    for (int d = 0; d <= max; ++d) {
        trace.push_back(v);
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[k - 1 + max] < v[k + 1 + max])) ? v[k + 1 + max]
                                                                             : v[k - 1 + max] + 1;
            int y = x - k;
            while (x < n && y < m && a[x] == b[y]) {
                ++x;
                ++y;
            }
            v[k + max] = x;
            if (x >= n && y >= m) {
                std::vector<Op> ops;
                for (int back = d; back > 0; --back) {
                    const std::vector<int> &pv = trace[back];
                    const int kk = x - y;
                    const bool down =
                        kk == -back || (kk != back && pv[kk - 1 + max] < pv[kk + 1 + max]);
                    const int prevK = down ? kk + 1 : kk - 1;
                    const int prevX = pv[prevK + max];
                    const int prevY = prevX - prevK;
                    while (x > prevX && y > prevY) {
                        ops.push_back(Op::Keep);
                        --x;
                        --y;
                    }
                    ops.push_back(down ? Op::Add : Op::Remove);
                    x = prevX;
                    y = prevY;
                }
                while (x > 0 && y > 0) {
                    ops.push_back(Op::Keep);
                    --x;
                    --y;
                }
                return {ops.rbegin(), ops.rend()};
            }
        }
    }
    return {};
}

void appendLine(QString &out, QChar marker, QStringView line)
{
    out += marker;
    out += line;
    if (!line.endsWith(u'\n'))
        out += u"\n\\ No newline at end of file\n"_s;
}

QString range(int start, int count)
{
    if (count == 1)
        return QString::number(start);
    return u"%1,%2"_s.arg(count == 0 ? start - 1 : start).arg(count);
}

} // namespace

QString unifiedDiff(const QString &path, const QString &before, const QString &after, int context)
{
    if (before == after)
        return {};
    const QList<QStringView> a = splitLines(before);
    const QList<QStringView> b = splitLines(after);
    const std::vector<Op> ops = editScript(a, b);

    struct Line
    {
        Op op;
        int aIndex;
        int bIndex;
    };
    std::vector<Line> lines;
    int ai = 0;
    int bi = 0;
    for (const Op op : ops) {
        lines.push_back({op, ai, bi});
        if (op != Op::Add)
            ++ai;
        if (op != Op::Remove)
            ++bi;
    }

    QString out = u"--- a%1\n+++ b%1\n"_s.arg(path);
    const int total = int(lines.size());
    int i = 0;
    while (i < total) {
        while (i < total && lines[i].op == Op::Keep)
            ++i;
        if (i == total)
            break;
        const int start = qMax(0, i - context);
        int end = i;
        // Extend the hunk while the next change is within twice the context.
        while (end < total) {
            if (lines[end].op != Op::Keep) {
                ++end;
                continue;
            }
            int next = end;
            while (next < total && lines[next].op == Op::Keep)
                ++next;
            if (next == total || next - end > 2 * context) {
                end = qMin(total, end + context);
                break;
            }
            end = next;
        }
        int aCount = 0;
        int bCount = 0;
        QString body;
        for (int j = start; j < end; ++j) {
            const Line &line = lines[j];
            switch (line.op) {
            case Op::Keep:
                appendLine(body, u' ', a[line.aIndex]);
                ++aCount;
                ++bCount;
                break;
            case Op::Remove:
                appendLine(body, u'-', a[line.aIndex]);
                ++aCount;
                break;
            case Op::Add:
                appendLine(body, u'+', b[line.bIndex]);
                ++bCount;
                break;
            }
        }
        out += u"@@ -%1 +%2 @@\n"_s.arg(range(lines[start].aIndex + 1, aCount),
                                        range(lines[start].bIndex + 1, bCount));
        out += body;
        i = end;
    }
    return out;
}
