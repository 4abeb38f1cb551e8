#include "pf/pfdocument.h"
#include "pf/pfprinter.h"
#include "pf/pfruleset.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

// Any input must parse without crashing, write back unchanged, and print.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const PfDocument document = PfDocument::parse(text, QStringLiteral("fuzz.conf"));
    if (document.toText() != text)
        std::abort();
    const PfRuleset ruleset = PfRuleset::fromDocument(document);
    if (ruleset.hasErrors())
        PfPrinter::printErrors(ruleset.diagnostics);
    else
        PfPrinter::print(ruleset);
    return 0;
}
