-- Schema version 2: the service item catalog (see resources/catalog/README.md for the document).
-- catalog_items holds the current catalog, one row per item, the item as received in `document`;
-- the columns below are what the search index and the hall filter read without parsing JSON.
ALTER TABLE catalog_items ADD COLUMN basic_code TEXT NOT NULL DEFAULT '';
ALTER TABLE catalog_items ADD COLUMN parent_code TEXT;
ALTER TABLE catalog_items ADD COLUMN levels TEXT NOT NULL DEFAULT '';
ALTER TABLE catalog_items ADD COLUMN area_codes TEXT NOT NULL DEFAULT '';
CREATE INDEX catalog_items_by_parent ON catalog_items (parent_code);

-- Earlier versions of items that were replaced or withdrawn: a case keeps the item version it was
-- accepted under (cases.item_code, cases.item_version) and its guide stays readable.
CREATE TABLE catalog_item_versions (
    code            TEXT NOT NULL,
    item_version    INTEGER NOT NULL,
    name            TEXT NOT NULL,
    document        TEXT NOT NULL,
    catalog_version INTEGER NOT NULL,
    archived_at     TEXT NOT NULL,
    PRIMARY KEY (code, item_version)
) WITHOUT ROWID;

-- Items used recently at a window of this PC (search boosts them). No personal data.
CREATE TABLE catalog_recent (
    window_code TEXT NOT NULL,
    code        TEXT NOT NULL,
    used_at     TEXT NOT NULL,
    uses        INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (window_code, code)
) WITHOUT ROWID;
CREATE INDEX catalog_recent_by_time ON catalog_recent (window_code, used_at);
