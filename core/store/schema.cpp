#include "core/store/schema.h"

#include <algorithm>

namespace iroi::schema {

namespace {

// Version 1. Conventions: days are INTEGER epoch days (days since 1970-01-01); money is
// INTEGER cents in the row's currency; shares are REAL in [0, 1]; names are the natural
// keys that imports match on, so re-importing a file updates rather than duplicates.
constexpr const char *kToVersion1 = R"sql(
CREATE TABLE setting (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE channel (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE content_type (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE campaign (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
  start_day   INTEGER,
  end_day     INTEGER,
  budget_cents INTEGER,
  currency    TEXT NOT NULL DEFAULT 'EUR',
  objective   TEXT
);

-- The audience a campaign wants to reach, as shares per dimension value; compared with
-- each person's audience_share to score audience fit.
CREATE TABLE campaign_audience (
  campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
  dimension   TEXT NOT NULL CHECK (dimension IN ('age', 'gender', 'country', 'interest')),
  value       TEXT NOT NULL,
  share       REAL NOT NULL CHECK (share >= 0 AND share <= 1),
  PRIMARY KEY (campaign_id, dimension, value)
) WITHOUT ROWID;

CREATE TABLE goal (
  id          INTEGER PRIMARY KEY,
  campaign_id INTEGER NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
  metric      TEXT NOT NULL,
  target      REAL NOT NULL,
  baseline    REAL,
  start_day   INTEGER,
  deadline_day INTEGER NOT NULL,
  description TEXT,
  UNIQUE (campaign_id, metric, deadline_day)
);

CREATE TABLE person (
  id           INTEGER PRIMARY KEY,
  handle       TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name TEXT,
  kind         TEXT NOT NULL CHECK (kind IN ('influencer', 'employee')),
  channel_id   INTEGER REFERENCES channel(id),
  followers    INTEGER,
  department   TEXT,
  location     TEXT,
  hourly_rate_cents INTEGER
);

CREATE TABLE audience_share (
  person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  dimension TEXT NOT NULL CHECK (dimension IN ('age', 'gender', 'country', 'interest')),
  value     TEXT NOT NULL,
  share     REAL NOT NULL CHECK (share >= 0 AND share <= 1),
  PRIMARY KEY (person_id, dimension, value)
) WITHOUT ROWID;

CREATE TABLE content_item (
  id              INTEGER PRIMARY KEY,
  external_id     TEXT NOT NULL UNIQUE,
  person_id       INTEGER REFERENCES person(id),
  campaign_id     INTEGER REFERENCES campaign(id),
  channel_id      INTEGER REFERENCES channel(id),
  content_type_id INTEGER REFERENCES content_type(id),
  published_at    TEXT,     -- ISO 8601 local time with offset, e.g. 2025-01-14T19:30:00+01:00
  published_day   INTEGER,
  published_hour  INTEGER CHECK (published_hour BETWEEN 0 AND 23),
  url             TEXT,
  utm_source      TEXT,
  utm_medium      TEXT,
  utm_campaign    TEXT,
  utm_content     TEXT,
  discount_code   TEXT COLLATE NOCASE
);
CREATE INDEX content_item_person ON content_item(person_id);
CREATE INDEX content_item_code ON content_item(discount_code) WHERE discount_code IS NOT NULL;
CREATE INDEX content_item_utm ON content_item(utm_campaign, utm_content) WHERE utm_content IS NOT NULL;

CREATE TABLE metric_daily (
  content_id         INTEGER NOT NULL REFERENCES content_item(id) ON DELETE CASCADE,
  day                INTEGER NOT NULL,
  impressions        INTEGER NOT NULL DEFAULT 0,
  reach              INTEGER NOT NULL DEFAULT 0,
  views              INTEGER NOT NULL DEFAULT 0,
  likes              INTEGER NOT NULL DEFAULT 0,
  comments           INTEGER NOT NULL DEFAULT 0,
  shares             INTEGER NOT NULL DEFAULT 0,
  saves              INTEGER NOT NULL DEFAULT 0,
  clicks             INTEGER NOT NULL DEFAULT 0,
  leads              INTEGER NOT NULL DEFAULT 0,
  follower_growth    INTEGER NOT NULL DEFAULT 0,
  positive_reactions INTEGER NOT NULL DEFAULT 0,
  negative_reactions INTEGER NOT NULL DEFAULT 0,
  conversions        INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (content_id, day)
) WITHOUT ROWID;

CREATE TABLE customer_order (
  id            INTEGER PRIMARY KEY,
  order_ref     TEXT NOT NULL UNIQUE,
  day           INTEGER NOT NULL,
  ordered_at    TEXT,
  customer_ref  TEXT,
  revenue_cents INTEGER NOT NULL,
  currency      TEXT NOT NULL DEFAULT 'EUR',
  discount_code TEXT COLLATE NOCASE,
  utm_source    TEXT,
  utm_medium    TEXT,
  utm_campaign  TEXT,
  utm_content   TEXT,
  referrer      TEXT,
  person_id     INTEGER REFERENCES person(id),
  content_id    INTEGER REFERENCES content_item(id),
  attribution   TEXT NOT NULL DEFAULT 'none' CHECK (attribution IN ('code', 'utm', 'referral', 'none'))
);
CREATE INDEX customer_order_day ON customer_order(day);
CREATE INDEX customer_order_customer ON customer_order(customer_ref, day);

CREATE TABLE cost (
  id           INTEGER PRIMARY KEY,
  cost_ref     TEXT UNIQUE,
  day          INTEGER NOT NULL,
  category     TEXT NOT NULL CHECK (category IN ('fee', 'product', 'shipping', 'travel',
                                                 'production', 'agency', 'staff_time', 'paid_boost')),
  amount_cents INTEGER NOT NULL,
  currency     TEXT NOT NULL DEFAULT 'EUR',
  hours        REAL,
  campaign_id  INTEGER REFERENCES campaign(id),
  person_id    INTEGER REFERENCES person(id),
  content_id   INTEGER REFERENCES content_item(id),
  channel_id   INTEGER REFERENCES channel(id),
  note         TEXT
);
CREATE INDEX cost_day ON cost(day);

-- Rates to convert amounts in other currencies into the workspace currency.
CREATE TABLE fx_rate (
  currency TEXT PRIMARY KEY,
  rate_to_base REAL NOT NULL CHECK (rate_to_base > 0)
) WITHOUT ROWID;

-- Earned media value rate cards are versioned so every EMV figure can name the card it used.
CREATE TABLE emv_rate_card (
  id         INTEGER PRIMARY KEY,
  version    INTEGER NOT NULL UNIQUE,
  name       TEXT NOT NULL,
  valid_from INTEGER,
  created_at TEXT NOT NULL,
  note       TEXT
);

CREATE TABLE emv_rate (
  card_id    INTEGER NOT NULL REFERENCES emv_rate_card(id) ON DELETE CASCADE,
  channel_id INTEGER NOT NULL DEFAULT 0, -- 0 = every channel
  metric     TEXT NOT NULL,
  rate       REAL NOT NULL CHECK (rate >= 0), -- currency units per one count of the metric
  PRIMARY KEY (card_id, channel_id, metric)
) WITHOUT ROWID;

CREATE TABLE brand_mention (
  brand      TEXT NOT NULL COLLATE NOCASE,
  topic      TEXT NOT NULL COLLATE NOCASE,
  day        INTEGER NOT NULL,
  channel_id INTEGER NOT NULL DEFAULT 0,
  mentions   INTEGER NOT NULL CHECK (mentions >= 0),
  PRIMARY KEY (brand, topic, day, channel_id)
) WITHOUT ROWID;

-- Media-mix sheets: spend and volume per channel per period (a day or a week), the
-- layout marketing-mix models are fitted on.
CREATE TABLE media_mix (
  day         INTEGER NOT NULL,
  period_days INTEGER NOT NULL DEFAULT 1,
  channel_id  INTEGER NOT NULL REFERENCES channel(id),
  spend_cents INTEGER NOT NULL DEFAULT 0,
  impressions INTEGER,
  clicks      INTEGER,
  PRIMARY KEY (day, channel_id)
) WITHOUT ROWID;

CREATE TABLE outcome_series (
  day         INTEGER NOT NULL,
  period_days INTEGER NOT NULL DEFAULT 1,
  metric      TEXT NOT NULL,
  value       REAL NOT NULL,
  PRIMARY KEY (day, metric)
) WITHOUT ROWID;

CREATE TABLE import_log (
  id            INTEGER PRIMARY KEY,
  file_name     TEXT NOT NULL,
  fingerprint   TEXT NOT NULL,
  kind          TEXT NOT NULL,
  preset        TEXT,
  imported_at   TEXT NOT NULL,
  rows_imported INTEGER NOT NULL DEFAULT 0,
  rows_updated  INTEGER NOT NULL DEFAULT 0,
  rows_skipped  INTEGER NOT NULL DEFAULT 0,
  rows_rejected INTEGER NOT NULL DEFAULT 0,
  mapping_json  TEXT
);
CREATE INDEX import_log_fingerprint ON import_log(fingerprint);

CREATE TABLE scenario (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  format_version INTEGER NOT NULL,
  payload    TEXT NOT NULL -- JSON, validated on read
);
)sql";

// Version 2: the customer index leaves out orders without a customer (a platform's revenue
// on a post, most orders of some shops). Retention looks orders up by customer only, and
// a bulk import of post metrics no longer maintains an index entry per revenue row.
constexpr const char *kToVersion2 = R"sql(
DROP INDEX customer_order_customer;
CREATE INDEX customer_order_customer ON customer_order(customer_ref, day) WHERE customer_ref IS NOT NULL;
)sql";

const std::array<const char *, kCurrentVersion> kMigrations = {kToVersion1, kToVersion2};

} // namespace

const std::array<const char *, kCurrentVersion> &migrations()
{
    return kMigrations;
}

bool isCostCategory(std::string_view category)
{
    return std::find(kCostCategories.begin(), kCostCategories.end(), category) != kCostCategories.end();
}

} // namespace iroi::schema
