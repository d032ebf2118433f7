#pragma once

// Reads Office Open XML packages back for the tests, independently of the writers.

#include <QByteArray>
#include <QMap>
#include <QString>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace iroi::test {

inline QMap<QString, QByteArray> readZip(const QString &path)
{
    QMap<QString, QByteArray> entries;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return entries;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (file.open(QIODevice::ReadOnly))
            entries.insert(zip.getCurrentFileName(), file.readAll());
    }
    return entries;
}

} // namespace iroi::test
