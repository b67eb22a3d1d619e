-- Token buckets of the rate limits (Bucket4j's state), one row per limit and caller.
CREATE TABLE platform.rate_bucket (
    id         varchar(300) PRIMARY KEY,
    state      bytea,
    expires_at bigint
);
