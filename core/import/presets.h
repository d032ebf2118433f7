#pragma once

#include "core/import/mapping.h"

#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace iroi::import {

// A known export layout (an ad platform's report, a shop's order export, ...): how to
// recognise it from its header and which column feeds which field, so the user does not
// have to map it by hand.
struct Preset
{
    QString name;  // stable id, used on the command line and in import_log.preset
    QString title; // for people
    RecordKind kind = RecordKind::Unknown;
    // Normalised header names (normalizeHeader); each group needs one of its names present.
    std::vector<QStringList> signature;
    // Explicit columns: the first listed name found in the header feeds the field. A raw
    // header (not normalised) is tried first, so "_id" and "id" can be told apart.
    std::vector<std::pair<Field, QStringList>> fields;
    // Media-mix columns by normalised header name.
    std::vector<std::pair<QString, MediaColumn>> media;
    QString defaultChannel;
    QString defaultPersonKind;
    QString defaultCostCategory;
    QString idPrefix;
    bool aggregateByDay = false;
};

const std::vector<Preset> &presets();
const Preset *findPreset(const QString &name);
// The most specific preset whose signature the header satisfies, or nullptr.
const Preset *matchPreset(const QStringList &header);
// Detects the rest of the mapping, then applies the preset's explicit choices.
Mapping mappingFromPreset(const Preset &preset, const QStringList &header, const std::vector<QStringList> &sample);

} // namespace iroi::import
