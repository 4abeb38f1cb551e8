#include "jailconfdocument.h"

#include "jailconfparser.h"

JailConfDocument JailConfDocument::parse(SourceFile file)
{
    JailConfDocument document;
    document.m_source = std::move(file);
    document.m_lines = LineIndex(document.text());
    JailConfParser(document).run();
    return document;
}

JailConfDocument JailConfDocument::parse(const QString &path, const QString &text)
{
    return parse(SourceFile(path, text));
}

std::optional<JailConfDocument>
JailConfDocument::edited(const QList<TextEdit> &edits,
                         std::optional<JailConfDocumentChange> *change) const
{
    std::optional<QString> text = applyTextEdits(this->text(), edits);
    if (change)
        change->reset();
    if (!text)
        return std::nullopt;
    JailConfDocumentChange partial;
    if (std::optional<JailConfDocument> reparsed =
            JailConfParser::reparse(*this, edits, *text, partial)) {
        if (change)
            *change = partial;
        return reparsed;
    }
    return parse(SourceFile(path(), std::move(*text), m_source.encoding()));
}

void JailConfDocument::ValueStyle::count(const JailConfValue &value, int times)
{
    if (value.quoting == JailConfValue::Quoting::None) {
        bare += value.hasVariables() ? 0 : times;
        return;
    }
    doubleQuoted += value.quoting == JailConfValue::Quoting::Double ? times : 0;
    singleQuoted += value.quoting == JailConfValue::Quoting::Single ? times : 0;
    // A variable is written back as "${name}", which is never bare.
    quotedBare += !value.hasVariables() && JailConfValue::isBare(value.unquoted()) ? times : 0;
}

QList<Token> JailConfDocument::tokens() const
{
    QList<Token> result;
    JailConfLexer lexer(text());
    do
        result.append(lexer.next());
    while (result.last().kind != int(JailConfTokenKind::End));
    return result;
}

QList<int> JailConfDocument::globalStatements() const
{
    QList<int> result;
    for (const JailConfItem &item : m_items)
        if (item.kind == JailConfItem::Kind::Statement)
            result.append(item.index);
    return result;
}

QList<int> JailConfDocument::sectionsNamed(QStringView name) const
{
    QList<int> result;
    for (int i = 0; i < m_sections.size(); ++i)
        if (m_sections[i].name == name)
            result.append(i);
    return result;
}

QList<int> JailConfDocument::statementsNamed(int section, QStringView name) const
{
    QList<int> result;
    auto consider = [&](int index) {
        if (m_statements[index].name == name)
            result.append(index);
    };
    if (section < 0) {
        for (int index : globalStatements())
            consider(index);
    } else {
        const JailConfSection &s = m_sections[section];
        for (int i = s.firstStatement; i < s.firstStatement + s.statementCount; ++i)
            consider(i);
    }
    return result;
}

bool JailConfDocument::hasErrors() const
{
    for (const Diagnostic &diagnostic : m_diagnostics)
        if (diagnostic.isError())
            return true;
    return false;
}

QString JailConfDocument::toText() const
{
    QString result;
    result.reserve(text().size());
    for (const Token &token : tokens())
        result += textOf(token.full());
    return result;
}
