-- The centres' table is ordered by name (then id). Without an index on that order, a page for a common fragment
-- («ارس» is inside the names of about 10,000 of 50,000 centres) joined every match and sorted them all before taking
-- ten: p95 118 ms, p99 186 ms on MariaDB. With these, the optimizer walks the centres in name order (within the
-- chosen province, city or type) and stops at the tenth match when the words are common, and still sorts the few
-- matches when they are rare (see README, Benchmarks). The map's markers (the same order, at most 500) use them too.
create index ix_center_name on treatment_center (name, id);
create index ix_center_province_name on treatment_center (province_id, name, id);
create index ix_center_city_name on treatment_center (city_id, name, id);
create index ix_center_type_name on treatment_center (center_type, name, id);
