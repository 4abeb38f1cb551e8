#pragma once

#include <QString>

// The difference between two versions of a file in unified format
// (`diff -u`), as the pending-changes preview and the helper's apply preview
// show it. Empty when the texts are equal.
QString unifiedDiff(const QString &path, const QString &before, const QString &after,
                    int context = 3);
