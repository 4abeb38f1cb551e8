#include "sourcefile.h"

#include <QFile>
#include <QStringDecoder>

SourceFile::SourceFile(QString path, QString text, Encoding encoding)
    : m_path(std::move(path))
    , m_text(std::move(text))
    , m_encoding(encoding)
{ }

SourceFile SourceFile::fromBytes(QString path, const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (!utf8.hasError())
        return SourceFile(std::move(path), std::move(text), Encoding::Utf8);
    return SourceFile(std::move(path), QString::fromLatin1(bytes), Encoding::Latin1);
}

std::optional<SourceFile> SourceFile::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    return fromBytes(path, file.readAll());
}

QByteArray SourceFile::toBytes() const
{
    return toBytes(m_text);
}

QByteArray SourceFile::toBytes(const QString &text) const
{
    return m_encoding == Encoding::Latin1 ? text.toLatin1() : text.toUtf8();
}
