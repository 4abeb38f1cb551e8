#include "diagnostic.h"

using namespace Qt::StringLiterals;

QString Diagnostic::toString() const
{
    static constexpr const char *names[] = {"error", "warning", "note"};
    return u"%1:%2:%3: %4: %5"_s.arg(file).arg(line).arg(column).arg(
        QLatin1StringView(names[int(severity)]), message);
}
