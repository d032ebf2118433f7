#pragma once

#include <QByteArray>
#include <QString>
#include <QXmlStreamWriter>

namespace iroi::report {

// Text that XML 1.0 cannot carry (control characters from pasted data) is dropped rather
// than making the whole file unreadable.
inline QString xmlSafe(const QString &text)
{
    QString safe;
    safe.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x20 || u == u'\t' || u == u'\n' || u == u'\r') && u != 0xFFFE && u != 0xFFFF)
            safe += c;
    }
    return safe;
}

// A terse QXmlStreamWriter for the Office Open XML parts, which are all written as
// standalone UTF-8 documents.
class Xml
{
public:
    Xml() : m_writer(&m_bytes) { m_writer.writeStartDocument(QStringLiteral("1.0"), true); }
    QXmlStreamWriter *operator->() { return &m_writer; }
    void start(const QString &name) { m_writer.writeStartElement(name); }
    void end() { m_writer.writeEndElement(); }
    void attr(const QString &name, const QString &value) { m_writer.writeAttribute(name, xmlSafe(value)); }
    void attr(const QString &name, qint64 value) { m_writer.writeAttribute(name, QString::number(value)); }
    void empty(const QString &name) { m_writer.writeEmptyElement(name); }
    void text(const QString &name, const QString &value) { m_writer.writeTextElement(name, xmlSafe(value)); }
    void characters(const QString &value) { m_writer.writeCharacters(xmlSafe(value)); }
    QByteArray finish()
    {
        m_writer.writeEndDocument();
        return m_bytes;
    }

private:
    QByteArray m_bytes;
    QXmlStreamWriter m_writer;
};

} // namespace iroi::report
