-- GeoProspect project schema, version 8: the clients' orders (issue 16), one row per order line as the
-- accounting system exports it, keyed by order and line so that re-importing the same export updates rows
-- instead of adding them. The client's totals are then computed from its lines (totals_source 'orders');
-- a client without lines keeps the totals typed in the customer file (totals_source 'typed').
CREATE TABLE order_line (
    order_key    VARCHAR NOT NULL,
    line_key     VARCHAR NOT NULL,
    client_code  VARCHAR NOT NULL,
    order_date   DATE NOT NULL,
    amount       DOUBLE PRECISION NOT NULL,
    gross_margin DOUBLE PRECISION NOT NULL,
    product      VARCHAR,
    channel      VARCHAR,
    PRIMARY KEY (order_key, line_key)
);
CREATE INDEX order_line_client_idx ON order_line (client_code);

ALTER TABLE client ADD COLUMN totals_source VARCHAR(6) DEFAULT 'typed' NOT NULL
    CHECK (totals_source IN ('typed', 'orders'));
-- Distinct products or families bought (null when the totals are typed).
ALTER TABLE client ADD COLUMN products_bought INTEGER;
