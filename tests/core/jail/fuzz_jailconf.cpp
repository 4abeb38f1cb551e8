#include "jail/jailconfeditor.h"
#include "jail/jailconfresolver.h"

#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

// edited() parses only part of the text again when it can: the tree, and the
// jails resolved from it, must be what parsing and resolving all of it gives.
void checkEdited(const JailConfDocument &document, const JailConfResolution &resolution,
                 const QList<TextEdit> &edits)
{
    std::optional<JailConfDocumentChange> change;
    const std::optional<JailConfDocument> edited = document.edited(edits, &change);
    const std::optional<QString> text = applyTextEdits(document.text(), edits);
    if (!edited || !text)
        std::abort();
    const JailConfDocument whole = JailConfDocument::parse(document.path(), *text);
    if (edited->text() != whole.text() || edited->statements() != whole.statements()
        || edited->sections() != whole.sections() || edited->items() != whole.items()
        || edited->diagnostics() != whole.diagnostics()
        || edited->valueStyle() != whole.valueStyle())
        std::abort();
    if (!change || change->touchesIncludes)
        return;
    const JailConfDocumentSet set =
        JailConfDocumentSet::fromDocument(document, JailConfReader::inMemory({}));
    const JailConfDocumentSet next = set.withEditedDocument(0, *edited, *change);
    if (JailConfResolver::resolve(next, resolution, 0, *change) != JailConfResolver::resolve(next))
        std::abort();
}

} // namespace

// Any input: the parser must not crash, must give back the same bytes, and
// the resolver and the editor must cope with whatever it made of them.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const JailConfDocument document =
        JailConfDocument::parse(SourceFile::fromBytes(u"/etc/jail.conf"_s, bytes));
    if (document.toBytes() != bytes)
        std::abort();
    const JailConfResolution resolution = JailConfResolver::resolve(document);
    for (const JailConfResolvedJail &jail : resolution.jails)
        (void)jail.isTrue(u"vnet");
    const JailConfEditor editor(document);
    const int sections = int(document.sections().size());
    QList<QList<TextEdit>> edits {
        editor.setParameter(-1, u"exec.clean"_s, {}),
        editor.addSection(-1, u"fuzz"_s,
                          {{u"x"_s, JailConfStatement::Operator::Assign, {u"1"_s}}})};
    if (sections > 0) {
        edits.append(editor.setParameter(0, u"path"_s, {u"/j"_s}));
        edits.append(editor.appendParameter(0, u"exec.start"_s, {u"$x"_s}));
        edits.append(editor.removeSection(sections - 1));
        edits.append(editor.renameSection(0, u"renamed"_s));
        edits.append(editor.addSection(0, u"middle"_s,
                                       {{u"vnet"_s, JailConfStatement::Operator::None, {}}}));
    }
    if (!document.statements().isEmpty())
        edits.append(editor.removeStatement(0));
    for (const QList<TextEdit> &edit : std::as_const(edits)) {
        if (!applyTextEdits(document.text(), edit))
            std::abort();
        if (!edit.isEmpty())
            checkEdited(document, resolution, edit);
    }
    return 0;
}
