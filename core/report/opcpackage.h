#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace iroi::report {

// An Open Packaging Conventions zip (the container of .pptx and .xlsx), written with
// QuaZip. Parts are stored in the order added; [Content_Types].xml should come first.
class OpcPackage
{
public:
    void add(const QString &partName, QByteArray bytes);
    QByteArray toBytes(Error *error = nullptr) const;
    Status write(const QString &path) const; // atomically: a failed write leaves no half file

private:
    struct Part
    {
        QString name;
        QByteArray bytes;
    };
    std::vector<Part> m_parts;
};

} // namespace iroi::report
