#pragma once

#include "textedit.h"

#include <QList>
#include <QString>

// The text edits one operation makes to one file of a host.
struct DocumentEdit
{
    QString path;
    QList<TextEdit> edits;

    friend bool operator==(const DocumentEdit &, const DocumentEdit &) = default;
};
