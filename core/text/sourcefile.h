#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The text of one configuration file and how to turn it back into the same
// bytes. Files are UTF-8 in practice; a file that is not valid UTF-8 is read as
// Latin-1 so that writing it back still gives every byte unchanged.
class SourceFile
{
public:
    enum class Encoding { Utf8, Latin1 };

    SourceFile() = default;
    SourceFile(QString path, QString text, Encoding encoding = Encoding::Utf8);

    static SourceFile fromBytes(QString path, const QByteArray &bytes);
    // Reads a file; nullopt with `error` set when it cannot be read.
    static std::optional<SourceFile> read(const QString &path, QString *error = nullptr);

    const QString &path() const { return m_path; }
    const QString &text() const { return m_text; }
    Encoding encoding() const { return m_encoding; }
    QByteArray toBytes() const;
    QByteArray toBytes(const QString &text) const;

private:
    QString m_path;
    QString m_text;
    Encoding m_encoding = Encoding::Utf8;
};
