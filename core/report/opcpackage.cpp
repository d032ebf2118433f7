#include "core/report/opcpackage.h"

#include <QBuffer>
#include <QDateTime>
#include <QSaveFile>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace iroi::report {

void OpcPackage::add(const QString &partName, QByteArray bytes)
{
    m_parts.push_back({partName, std::move(bytes)});
}

QByteArray OpcPackage::toBytes(Error *error) const
{
    const auto failed = [&](const QString &message) {
        if (error)
            *error = Error::io(message);
        return QByteArray();
    };
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        return failed(QStringLiteral("cannot start the zip archive (code %1)").arg(zip.getZipError()));
    const QDateTime stamp = QDateTime::currentDateTime();
    for (const Part &part : m_parts) {
        QuaZipFile file(&zip);
        QuaZipNewInfo info(part.name);
        info.dateTime = stamp;
        info.externalAttr = 0644u << 16;
        // Pictures are already compressed: storing them saves time for nothing lost.
        const bool stored = part.name.endsWith(QLatin1String(".png"));
        if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, stored ? 0 : Z_DEFLATED, stored ? 0 : Z_DEFAULT_COMPRESSION)
            || file.write(part.bytes) != part.bytes.size())
            return failed(QStringLiteral("cannot add %1 to the archive").arg(part.name));
        file.close();
        if (file.getZipError() != 0)
            return failed(QStringLiteral("cannot add %1 to the archive").arg(part.name));
    }
    zip.close();
    if (zip.getZipError() != 0)
        return failed(QStringLiteral("cannot finish the zip archive (code %1)").arg(zip.getZipError()));
    return bytes;
}

Status OpcPackage::write(const QString &path) const
{
    Error error;
    const QByteArray bytes = toBytes(&error);
    if (bytes.isEmpty()) {
        error.file = path;
        return error;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(QStringLiteral("cannot write: %1").arg(file.errorString()), path);
    file.write(bytes);
    if (!file.commit())
        return Error::io(QStringLiteral("cannot write: %1").arg(file.errorString()), path);
    return success();
}

} // namespace iroi::report
