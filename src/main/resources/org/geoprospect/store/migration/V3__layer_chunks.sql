-- Layers are loaded whole (the map draws them from memory) and never queried feature by feature in
-- SQL, so their features are stored in chunks of up to 10,000 (see store.LayerChunkCodec): one row
-- per chunk instead of one per feature makes a 1M-point import about ten times faster. The spatial
-- index on layer_feature cost more than half of a point import and served no query.
-- layer_feature stays for layers saved before this version; they are read as they are.
DROP INDEX IF EXISTS layer_feature_geom_idx;

CREATE TABLE layer_chunk (
    layer_id      BIGINT NOT NULL REFERENCES layer (id) ON DELETE CASCADE,
    chunk_no      INTEGER NOT NULL,
    feature_count INTEGER NOT NULL,
    payload       VARBINARY NOT NULL,
    PRIMARY KEY (layer_id, chunk_no)
);
