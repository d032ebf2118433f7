#pragma once

#include "core/analysis/views.h"
#include "ui/charts/chartstyle.h"
#include "ui/models/vectortablemodel.h"

namespace iroi::ui {

using GroupTableModel = VectorTableModel<GroupRow>;
using PersonTableModel = VectorTableModel<PersonScore>;

// The standard columns of a grouped view: the headline figures of each stage with their
// definitions as header tooltips.
GroupTableModel *newGroupTableModel(const QString &groupTitle, const ChartStyle &style, QObject *parent);
PersonTableModel *newPersonTableModel(const ChartStyle &style, QObject *parent);
QString recommendationLabel(Recommendation recommendation);

} // namespace iroi::ui
