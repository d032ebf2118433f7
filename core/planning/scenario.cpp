#include "core/planning/scenario.h"

#include "core/store/workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <map>

namespace iroi {

namespace {

Error payloadError(const QString &field, const QString &expected)
{
    Error e = Error::badInput(QStringLiteral("the scenario is not valid"));
    e.column = field;
    e.expected = expected;
    return e;
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString outcomeName(OutcomeKind kind)
{
    return kind == OutcomeKind::Revenue ? QStringLiteral("revenue") : QStringLiteral("conversions");
}

bool isNumber(const QJsonValue &v, double minimum)
{
    return v.isDouble() && std::isfinite(v.toDouble()) && v.toDouble() >= minimum;
}

// Curves by line name, for predictions.
Result<std::vector<const LineFit *>> fitsFor(const std::vector<ScenarioLine> &lines, const std::vector<LineFit> &fits)
{
    std::vector<const LineFit *> out;
    for (const ScenarioLine &line : lines) {
        const auto it = std::find_if(fits.begin(), fits.end(), [&](const LineFit &f) { return f.line == line.line; });
        if (it == fits.end())
            return Error::badInput(QStringLiteral("line %1 has no fitted curve").arg(line.line));
        out.push_back(&*it);
    }
    return out;
}

PlanRequest requestFor(const Scenario &scenario, const std::vector<const LineFit *> &fits)
{
    PlanRequest request;
    request.weeks = scenario.weeks;
    request.flighting = scenario.flighting;
    request.outcomeIsMoney = scenario.outcome == OutcomeKind::Revenue;
    for (const LineFit *fit : fits) {
        PlanLine line;
        line.line = fit->line;
        line.params = fit->params;
        line.draws = fit->draws;
        request.lines.push_back(std::move(line));
    }
    return request;
}

} // namespace

QString objectiveName(Objective objective)
{
    switch (objective) {
    case Objective::MaximiseOutcome:
        return QStringLiteral("outcome");
    case Objective::MaximiseRoi:
        return QStringLiteral("roi");
    case Objective::TargetRoas:
        return QStringLiteral("target-roas");
    case Objective::TargetOutcome:
        return QStringLiteral("target-outcome");
    }
    return {};
}

std::optional<Objective> objectiveFromName(const QString &name)
{
    for (Objective o : {Objective::MaximiseOutcome, Objective::MaximiseRoi, Objective::TargetRoas,
                        Objective::TargetOutcome})
        if (name == objectiveName(o))
            return o;
    return std::nullopt;
}

double Scenario::totalSpend() const
{
    double sum = 0.0;
    for (const ScenarioLine &line : lines)
        sum += line.spend;
    return sum;
}

QJsonObject Scenario::toJson() const
{
    QJsonObject json;
    json[QStringLiteral("format_version")] = kFormatVersion;
    json[QStringLiteral("from")] = epochDayToIso(from);
    json[QStringLiteral("to")] = epochDayToIso(to);
    json[QStringLiteral("weeks")] = weeks;
    QJsonArray weights;
    for (double w : flighting)
        weights.append(w);
    json[QStringLiteral("flighting")] = weights;
    json[QStringLiteral("line_kind")] = lineKindName(lineKind);
    json[QStringLiteral("outcome")] = outcomeName(outcome);
    json[QStringLiteral("objective")] = objectiveName(objective);
    json[QStringLiteral("budget")] = budget;
    json[QStringLiteral("target")] = target;
    QJsonArray array;
    for (const ScenarioLine &line : lines) {
        QJsonObject l;
        l[QStringLiteral("line")] = line.line;
        l[QStringLiteral("spend")] = line.spend;
        l[QStringLiteral("min")] = line.minSpend;
        l[QStringLiteral("max")] = std::isfinite(line.maxSpend) ? QJsonValue(line.maxSpend) : QJsonValue();
        l[QStringLiteral("frozen")] = line.frozen;
        array.append(l);
    }
    json[QStringLiteral("lines")] = array;
    json[QStringLiteral("note")] = note;
    return json;
}

Result<Scenario> Scenario::fromJson(const QJsonObject &json)
{
    Scenario s;
    const QJsonValue version = json.value(QStringLiteral("format_version"));
    if (!version.isDouble() || version.toInt() < 1)
        return payloadError(QStringLiteral("format_version"), QStringLiteral("a positive integer"));
    if (version.toInt() > kFormatVersion)
        return payloadError(QStringLiteral("format_version"),
                            QStringLiteral("version %1 or older (saved by a newer version of the app)").arg(kFormatVersion));
    auto day = [&](const char *key, EpochDay &out) -> std::optional<Error> {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty())) {
            out = kNoDay;
            return std::nullopt;
        }
        out = v.isString() ? epochDayFromIso(v.toString()) : kNoDay;
        if (out == kNoDay)
            return payloadError(QLatin1String(key), QStringLiteral("a date as yyyy-MM-dd"));
        return std::nullopt;
    };
    if (auto e = day("from", s.from))
        return *e;
    if (auto e = day("to", s.to))
        return *e;
    if (s.from != kNoDay && s.to != kNoDay && s.to < s.from)
        return payloadError(QStringLiteral("to"), QStringLiteral("a day on or after from"));
    const QJsonValue weeks = json.value(QStringLiteral("weeks"));
    if (!weeks.isDouble() || weeks.toDouble() != std::floor(weeks.toDouble()) || weeks.toInt() < 1
        || weeks.toInt() > 520)
        return payloadError(QStringLiteral("weeks"), QStringLiteral("a whole number of weeks from 1 to 520"));
    s.weeks = weeks.toInt();
    const QJsonValue flighting = json.value(QStringLiteral("flighting"));
    if (!flighting.isUndefined()) {
        if (!flighting.isArray())
            return payloadError(QStringLiteral("flighting"), QStringLiteral("an array of weights"));
        for (const QJsonValue &w : flighting.toArray()) {
            if (!isNumber(w, 0.0))
                return payloadError(QStringLiteral("flighting"), QStringLiteral("non-negative numbers"));
            s.flighting.push_back(w.toDouble());
        }
        if (!s.flighting.empty() && static_cast<int>(s.flighting.size()) != s.weeks)
            return payloadError(QStringLiteral("flighting"), QStringLiteral("one weight per week"));
    }
    const auto kind = lineKindFromName(json.value(QStringLiteral("line_kind")).toString());
    if (!kind)
        return payloadError(QStringLiteral("line_kind"), QStringLiteral("channel, person or content-type"));
    s.lineKind = *kind;
    const QString outcome = json.value(QStringLiteral("outcome")).toString();
    if (outcome != QLatin1String("revenue") && outcome != QLatin1String("conversions"))
        return payloadError(QStringLiteral("outcome"), QStringLiteral("revenue or conversions"));
    s.outcome = outcome == QLatin1String("revenue") ? OutcomeKind::Revenue : OutcomeKind::Conversions;
    const auto objective = objectiveFromName(json.value(QStringLiteral("objective")).toString());
    if (!objective)
        return payloadError(QStringLiteral("objective"), QStringLiteral("outcome, roi, target-roas or target-outcome"));
    s.objective = *objective;
    if (!isNumber(json.value(QStringLiteral("budget")), 0.0))
        return payloadError(QStringLiteral("budget"), QStringLiteral("a non-negative amount"));
    s.budget = json.value(QStringLiteral("budget")).toDouble();
    const QJsonValue target = json.value(QStringLiteral("target"));
    if (!target.isUndefined() && !isNumber(target, 0.0))
        return payloadError(QStringLiteral("target"), QStringLiteral("a non-negative number"));
    s.target = target.toDouble();
    const QJsonValue lines = json.value(QStringLiteral("lines"));
    if (!lines.isArray())
        return payloadError(QStringLiteral("lines"), QStringLiteral("an array of lines"));
    QStringList seen;
    for (const QJsonValue &value : lines.toArray()) {
        if (!value.isObject())
            return payloadError(QStringLiteral("lines"), QStringLiteral("objects"));
        const QJsonObject l = value.toObject();
        ScenarioLine line;
        line.line = l.value(QStringLiteral("line")).toString();
        if (line.line.isEmpty() || seen.contains(line.line))
            return payloadError(QStringLiteral("lines.line"), QStringLiteral("a unique, non-empty line name"));
        seen << line.line;
        if (!isNumber(l.value(QStringLiteral("spend")), 0.0))
            return payloadError(QStringLiteral("lines.spend"), QStringLiteral("a non-negative amount"));
        line.spend = l.value(QStringLiteral("spend")).toDouble();
        const QJsonValue min = l.value(QStringLiteral("min"));
        if (!min.isUndefined() && !isNumber(min, 0.0))
            return payloadError(QStringLiteral("lines.min"), QStringLiteral("a non-negative amount"));
        line.minSpend = min.toDouble();
        const QJsonValue max = l.value(QStringLiteral("max"));
        if (!max.isUndefined() && !max.isNull()) {
            if (!isNumber(max, line.minSpend))
                return payloadError(QStringLiteral("lines.max"), QStringLiteral("an amount at or above min, or null"));
            line.maxSpend = max.toDouble();
        }
        const QJsonValue frozen = l.value(QStringLiteral("frozen"));
        if (!frozen.isUndefined() && !frozen.isBool())
            return payloadError(QStringLiteral("lines.frozen"), QStringLiteral("true or false"));
        line.frozen = frozen.toBool();
        s.lines.push_back(std::move(line));
    }
    s.note = json.value(QStringLiteral("note")).toString();
    return s;
}

Status ScenarioStore::save(const Scenario &scenario)
{
    if (Status s = m_workspace.ensureWritable(); !s)
        return s;
    if (scenario.name.trimmed().isEmpty())
        return Error::usage(QStringLiteral("a scenario needs a name"));
    // Round trip through the validator so nothing unreadable is ever stored.
    if (auto check = Scenario::fromJson(scenario.toJson()); !check)
        return check.error();
    sql::Connection &db = m_workspace.connection();
    sql::Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    auto stmt = db.prepare(
        "INSERT INTO scenario(name, created_at, updated_at, format_version, payload) VALUES (?1, ?2, ?2, ?3, ?4) "
        "ON CONFLICT(name) DO UPDATE SET updated_at = excluded.updated_at, "
        "format_version = excluded.format_version, payload = excluded.payload");
    if (!stmt)
        return stmt.error();
    const QByteArray payload = QJsonDocument(scenario.toJson()).toJson(QJsonDocument::Compact);
    stmt->bind(1, scenario.name.trimmed())
        .bind(2, nowUtc())
        .bind(3, Scenario::kFormatVersion)
        .bind(4, QString::fromUtf8(payload));
    if (Status s = stmt->exec(); !s)
        return s;
    return tx.commit();
}

Result<Scenario> ScenarioStore::load(const QString &name)
{
    auto stmt = m_workspace.connection().prepare(
        "SELECT format_version, payload, created_at, updated_at FROM scenario WHERE name = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, name);
    if (!stmt->step()) {
        if (Status s = stmt->status(); !s)
            return s.error();
        return Error::usage(QStringLiteral("no scenario named %1").arg(name));
    }
    if (stmt->int64(0) > Scenario::kFormatVersion)
        return Error::badInput(QStringLiteral("scenario %1 was saved by a newer version of the app").arg(name));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(stmt->text(1).toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        Error e = Error::badInput(QStringLiteral("scenario %1 is damaged: its payload is not a JSON object").arg(name));
        e.expected = parseError.errorString();
        return e;
    }
    auto scenario = Scenario::fromJson(doc.object());
    if (!scenario) {
        Error e = scenario.error();
        e.message = QStringLiteral("scenario %1 is not valid").arg(name);
        return e;
    }
    scenario->name = name;
    scenario->createdAt = stmt->text(2);
    scenario->updatedAt = stmt->text(3);
    return scenario;
}

Result<std::vector<ScenarioSummary>> ScenarioStore::list()
{
    auto stmt = m_workspace.connection().prepare("SELECT name, created_at, updated_at FROM scenario ORDER BY name");
    if (!stmt)
        return stmt.error();
    std::vector<QString> names;
    std::vector<ScenarioSummary> out;
    while (stmt->step()) {
        ScenarioSummary summary;
        summary.name = stmt->text(0);
        summary.createdAt = stmt->text(1);
        summary.updatedAt = stmt->text(2);
        out.push_back(summary);
    }
    if (Status s = stmt->status(); !s)
        return s.error();
    for (ScenarioSummary &summary : out) {
        auto scenario = load(summary.name);
        summary.valid = scenario.ok();
        if (scenario)
            summary.totalSpend = scenario->totalSpend();
    }
    return out;
}

Status ScenarioStore::duplicate(const QString &from, const QString &to)
{
    auto scenario = load(from);
    if (!scenario)
        return scenario.error();
    auto exists = m_workspace.connection().prepare("SELECT 1 FROM scenario WHERE name = ?1");
    if (!exists)
        return exists.error();
    exists->bind(1, to.trimmed());
    if (exists->step())
        return Error::usage(QStringLiteral("a scenario named %1 already exists").arg(to));
    scenario->name = to;
    return save(*scenario);
}

Status ScenarioStore::remove(const QString &name)
{
    if (Status s = m_workspace.ensureWritable(); !s)
        return s;
    sql::Connection &db = m_workspace.connection();
    sql::Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    auto stmt = db.prepare("DELETE FROM scenario WHERE name = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, name);
    if (Status s = stmt->exec(); !s)
        return s;
    if (db.changes() == 0)
        return Error::usage(QStringLiteral("no scenario named %1").arg(name));
    return tx.commit();
}

Result<ScenarioComparison> compareScenarios(const std::vector<Scenario> &scenarios, const std::vector<LineFit> &fits)
{
    if (scenarios.size() < 2 || scenarios.size() > 4)
        return Error::usage(QStringLiteral("compare 2 to 4 scenarios, not %1").arg(scenarios.size()));
    ScenarioComparison c;
    for (const Scenario &s : scenarios)
        for (const ScenarioLine &l : s.lines)
            if (std::find(c.lines.begin(), c.lines.end(), l.line) == c.lines.end())
                c.lines.push_back(l.line);
    for (const Scenario &s : scenarios) {
        auto lineFits = fitsFor(s.lines, fits);
        if (!lineFits)
            return lineFits.error();
        std::vector<double> allocation;
        for (const ScenarioLine &l : s.lines)
            allocation.push_back(l.spend);
        const Plan plan = evaluate(requestFor(s, *lineFits), allocation);
        std::vector<double> spend(c.lines.size(), 0.0);
        std::vector<Estimate> predicted(c.lines.size());
        for (const LinePlan &lp : plan.lines) {
            const auto index = static_cast<std::size_t>(std::find(c.lines.begin(), c.lines.end(), lp.line) - c.lines.begin());
            spend[index] = lp.proposedSpend;
            predicted[index] = lp.predicted;
        }
        c.scenarios.push_back(s.name);
        c.spend.push_back(std::move(spend));
        c.predicted.push_back(std::move(predicted));
        c.totalSpend.push_back(plan.totalSpend);
        c.totalPredicted.push_back(plan.totalPredicted);
        c.roas.push_back(plan.roas);
    }
    return c;
}

Result<PlanVsActual> planVsActual(Workspace &workspace, const Scenario &scenario, const std::vector<LineFit> &fits)
{
    if (scenario.from == kNoDay || scenario.to == kNoDay)
        return Error::usage(QStringLiteral("scenario %1 has no planned period").arg(scenario.name));
    PlanningDataRequest request;
    request.lines = scenario.lineKind;
    request.outcome = scenario.outcome;
    request.from = scenario.from;
    request.to = scenario.to;
    auto data = loadPlanningData(workspace, request);
    if (!data)
        return Error::badInput(QStringLiteral("no data yet for the planned period %1 to %2")
                                   .arg(epochDayToIso(scenario.from), epochDayToIso(scenario.to)));
    auto lineFits = fitsFor(scenario.lines, fits);
    if (!lineFits)
        return lineFits.error();
    const PlanRequest planRequest = requestFor(scenario, *lineFits);
    std::vector<double> planned, actual;
    std::vector<double> actualOutcome;
    for (const ScenarioLine &l : scenario.lines) {
        planned.push_back(l.spend);
        double spend = 0.0, outcome = data->joint ? std::numeric_limits<double>::quiet_NaN() : 0.0;
        for (const LineSeries &series : data->lines)
            if (series.line == l.line) {
                for (double v : series.spend)
                    spend += v;
                if (!data->joint)
                    for (double v : series.outcome)
                        outcome += v;
            }
        actual.push_back(spend);
        actualOutcome.push_back(outcome);
    }
    const Plan atPlan = evaluate(planRequest, planned);
    // The actual period may be shorter so far: predict the actual spend over the weeks seen.
    PlanRequest actualRequest = planRequest;
    actualRequest.weeks = std::min(scenario.weeks, data->weeks);
    actualRequest.flighting.clear();
    const Plan atActual = evaluate(actualRequest, actual);
    PlanVsActual result;
    result.weeksWithData = data->weeks;
    for (std::size_t i = 0; i < scenario.lines.size(); ++i) {
        PlanVsActualLine line;
        line.line = scenario.lines[i].line;
        line.plannedSpend = planned[i];
        line.actualSpend = actual[i];
        line.predictedAtPlan = atPlan.lines[i].predicted;
        line.predictedAtActual = atActual.lines[i].predicted;
        line.actualOutcome = actualOutcome[i];
        result.lines.push_back(line);
    }
    if (data->joint) {
        for (double v : data->sharedOutcome)
            result.actualTotalOutcome += v;
    } else {
        for (const LineSeries &series : data->lines)
            for (double v : series.outcome)
                result.actualTotalOutcome += v;
    }
    return result;
}

} // namespace iroi
