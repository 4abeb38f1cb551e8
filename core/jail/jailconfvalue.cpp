#include "jailconfvalue.h"

bool JailConfValue::isBare(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isBareChar(text[i]))
            return false;
        // "//" and "/*" would start a comment.
        if (text[i] == u'/' && i + 1 < text.size() && (text[i + 1] == u'/' || text[i + 1] == u'*'))
            return false;
    }
    return true;
}
