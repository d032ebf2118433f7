#include "core/import/fieldvalue.h"
#include "core/import/recordwriter.h"
#include "core/import/writersupport.h"

#include <QUrl>

#include <charconv>
#include <unordered_map>
#include <unordered_set>

namespace iroi::import {

namespace {

using detail::bindIdOrNull;
using detail::bindText;
using detail::bindTextOrNull;
using detail::foldKey;

struct Attributed
{
    qint64 content = -1;
    std::optional<qint64> person;
};

// "https://www.example.com/p/abc/?utm_source=x" -> "example.com/p/abc": the part of a URL
// that names the page, so a shop's referrer finds the post that linked to it.
std::string urlKey(std::string_view text)
{
    const QUrl url = QUrl::fromUserInput(detail::qs(text));
    if (!url.isValid() || url.host().isEmpty())
        return {};
    QString host = url.host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return (host + path).toStdString();
}

// Orders, one per order reference. Shops repeat an order on one row per line item; the
// first row carries the totals, the others are skipped as line rows.
class OrderWriter final : public RecordWriter
{
public:
    using RecordWriter::RecordWriter;

    Status prepare() override
    {
        sql::Connection &db = *m_ctx.db;
        auto insert = db.prepare(
            "INSERT INTO customer_order(order_ref, day, ordered_at, customer_ref, revenue_cents, currency, "
            "discount_code, utm_source, utm_medium, utm_campaign, utm_content, referrer, person_id, content_id, "
            "attribution) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15) "
            "ON CONFLICT(order_ref) DO NOTHING");
        if (!insert)
            return insert.error();
        auto update = db.prepare(
            "UPDATE customer_order SET day = ?2, ordered_at = ?3, customer_ref = ?4, revenue_cents = ?5, currency = "
            "?6, discount_code = ?7, utm_source = ?8, utm_medium = ?9, utm_campaign = ?10, utm_content = ?11, "
            "referrer = ?12, person_id = ?13, content_id = ?14, attribution = ?15 WHERE order_ref = ?1");
        if (!update)
            return update.error();
        m_insert = std::move(insert.value());
        m_update = std::move(update.value());

        // Everything attribution matches on, loaded once: orders files are small next to
        // content, and a lookup per order must not be a query per order.
        auto items = db.prepare("SELECT id, person_id, discount_code, utm_source, utm_campaign, utm_content, url "
                                "FROM content_item ORDER BY id");
        if (!items)
            return items.error();
        sql::Statement &s = items.value();
        while (s.step()) {
            Attributed a{s.int64(0), s.isNull(1) ? std::optional<qint64>() : s.int64(1)};
            const std::string code = foldKey(s.textView(2));
            const std::string source = foldKey(s.textView(3));
            const std::string campaign = foldKey(s.textView(4));
            const std::string content = foldKey(s.textView(5));
            const std::string url = s.isNull(6) ? std::string() : urlKey(s.textView(6));
            if (!code.empty())
                m_byCode.emplace(code, a);
            if (!content.empty()) {
                m_byUtm.emplace(campaign + '\x1f' + content, a);
                m_byUtmContent.emplace(content, a);
            }
            if (!campaign.empty()) {
                // A campaign tag names one post only when no other post shares it.
                auto [it, fresh] = m_byUtmCampaign.emplace(campaign + '\x1f' + source, a);
                if (!fresh)
                    it->second.content = -2;
            }
            if (!url.empty())
                m_byUrl.emplace(url, a);
        }
        if (Status st = s.status(); !st)
            return st;
        return success();
    }

    Outcome write(std::span<const std::string_view> fields, qint64 row) override
    {
        bool bad = false;
        EpochDay day = m_ctx.reportDay;
        const std::string_view dateText = cell(fields, Field::Date);
        int hour = -1;
        if (m_ctx.mapping->has(Field::Date)) {
            const auto parsed = dayOf(Field::Date, dateText, bad, &hour);
            if (!parsed)
                return reject(Field::Date, dateText, bad ? QStringLiteral("not a date") : QStringLiteral("no date"),
                              row);
            day = *parsed;
        }
        const std::string_view customer = cell(fields, Field::CustomerRef);

        m_ref.clear();
        const std::string_view ref = cell(fields, Field::OrderRef);
        if (m_ctx.mapping->has(Field::OrderRef)) {
            if (ref.empty())
                return reject(Field::OrderRef, ref, QStringLiteral("no order reference"), row);
            m_ref.assign(ref);
            if (!m_seen.insert(m_ref).second)
                return skip(QStringLiteral("line rows of an order already read"));
        } else {
            // No order number: customer, day and the how-many-th purchase that day.
            m_ref.assign(m_ctx.mapping->idPrefix.toStdString());
            m_ref.append(customer);
            m_ref.push_back(':');
            char buf[16];
            m_ref.append(buf, std::to_chars(buf, buf + sizeof buf, day).ptr);
            const int n = ++m_occurrence[m_ref];
            m_ref.push_back(':');
            m_ref.append(buf, std::to_chars(buf, buf + sizeof buf, n).ptr);
        }

        const std::string_view revenueText = cell(fields, Field::Revenue);
        const auto revenue = parseCents(revenueText, bad);
        if (!revenue)
            return reject(Field::Revenue, revenueText,
                          bad ? QStringLiteral("not an amount") : QStringLiteral("no order total"), row);

        const std::string_view code = cell(fields, Field::DiscountCode);
        const std::string_view utmSource = cell(fields, Field::UtmSource);
        const std::string_view utmCampaign = cell(fields, Field::UtmCampaign);
        const std::string_view utmContent = cell(fields, Field::UtmContent);
        const std::string_view referrer = cell(fields, Field::Referrer);
        const char *attribution = "none";
        Attributed who;
        if (!code.empty()) {
            if (auto it = m_byCode.find(foldKey(code)); it != m_byCode.end()) {
                who = it->second;
                attribution = "code";
            }
        }
        if (who.content < 0 && (!utmContent.empty() || !utmCampaign.empty())) {
            const std::string campaign = foldKey(utmCampaign);
            const std::string content = foldKey(utmContent);
            const Attributed *hit = nullptr;
            if (!content.empty()) {
                if (auto it = m_byUtm.find(campaign + '\x1f' + content); it != m_byUtm.end())
                    hit = &it->second;
                else if (auto c = m_byUtmContent.find(content); c != m_byUtmContent.end())
                    hit = &c->second;
            }
            if (hit) {
                who = *hit;
                attribution = "utm";
            } else if (!campaign.empty()) {
                auto c = m_byUtmCampaign.find(campaign + '\x1f' + foldKey(utmSource));
                if (c != m_byUtmCampaign.end() && c->second.content >= 0) {
                    who = c->second;
                    attribution = "utm";
                }
            }
        }
        if (who.content < 0 && !referrer.empty()) {
            if (auto it = m_byUrl.find(urlKey(referrer)); it != m_byUrl.end()) {
                who = it->second;
                attribution = "referral";
            }
        }

        const std::string_view currencyCell = cell(fields, Field::Currency);
        const QByteArray fallbackCurrency = m_ctx.currency.toUtf8();
        const std::string_view currency =
            currencyCell.empty() ? std::string_view(fallbackCurrency.constData(), size_t(fallbackCurrency.size()))
                                 : currencyCell;

        auto bindAll = [&](sqlite3_stmt *st) {
            bindText(st, 1, m_ref);
            sqlite3_bind_int64(st, 2, day);
            bindTextOrNull(st, 3, dateText);
            bindTextOrNull(st, 4, customer);
            sqlite3_bind_int64(st, 5, *revenue);
            bindText(st, 6, currency);
            bindTextOrNull(st, 7, code);
            bindTextOrNull(st, 8, utmSource);
            bindTextOrNull(st, 9, cell(fields, Field::UtmMedium));
            bindTextOrNull(st, 10, utmCampaign);
            bindTextOrNull(st, 11, utmContent);
            bindTextOrNull(st, 12, referrer);
            bindIdOrNull(st, 13, who.person);
            bindIdOrNull(st, 14, who.content >= 0 ? std::optional<qint64>(who.content) : std::nullopt);
            sqlite3_bind_text(st, 15, attribution, -1, SQLITE_STATIC);
        };
        sqlite3_stmt *ins = m_insert.handle();
        bindAll(ins);
        int rc = sqlite3_step(ins);
        sqlite3_reset(ins);
        if (rc != SQLITE_DONE)
            return fail(detail::stepError(*m_ctx.db, "customer_order"));
        Outcome outcome = Outcome::Imported;
        if (m_ctx.db->changes() == 0) {
            sqlite3_stmt *up = m_update.handle();
            bindAll(up);
            rc = sqlite3_step(up);
            sqlite3_reset(up);
            if (rc != SQLITE_DONE)
                return fail(detail::stepError(*m_ctx.db, "customer_order"));
            outcome = Outcome::Updated;
        }
        ImportReport &r = *m_ctx.report;
        if (attribution[0] == 'c')
            ++r.attributedByCode;
        else if (attribution[0] == 'u')
            ++r.attributedByUtm;
        else if (attribution[0] == 'r')
            ++r.attributedByReferrer;
        else
            ++r.unattributed;
        return outcome;
    }

private:
    sql::Statement m_insert;
    sql::Statement m_update;
    std::unordered_map<std::string, Attributed> m_byCode;
    std::unordered_map<std::string, Attributed> m_byUtm;
    std::unordered_map<std::string, Attributed> m_byUtmContent;
    std::unordered_map<std::string, Attributed> m_byUtmCampaign;
    std::unordered_map<std::string, Attributed> m_byUrl;
    std::unordered_set<std::string> m_seen;
    std::unordered_map<std::string, int> m_occurrence;
    std::string m_ref;
};

} // namespace

std::unique_ptr<RecordWriter> makeOrderWriter(RecordWriter::Context context)
{
    return std::make_unique<OrderWriter>(std::move(context));
}

} // namespace iroi::import
