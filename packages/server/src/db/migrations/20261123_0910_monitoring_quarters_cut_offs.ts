import { sql, type Kysely } from 'kysely';

// Monitoring, second part: the reporting frequency of an indicator (季报 indicators get a verdict per
// quarter as well as per year), verdicts keyed by quarter (0 = the whole year), and the 时序进度
// cut-offs of a plan (no row = the platform defaults).
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`
    ALTER TABLE monitoring_plan_indicator
      ADD COLUMN reporting_frequency text NOT NULL DEFAULT 'annual' CHECK (reporting_frequency IN ('annual','quarterly'));
    -- ratios and 保障标准 are stocks at the end of a period, reported in the 民政统计季报
    UPDATE monitoring_plan_indicator SET reporting_frequency = 'quarterly' WHERE value_kind IN ('ratio','level');

    ALTER TABLE monitoring_verdict ADD COLUMN quarter smallint NOT NULL DEFAULT 0 CHECK (quarter BETWEEN 0 AND 4);
    ALTER TABLE monitoring_verdict DROP CONSTRAINT monitoring_verdict_pkey;
    ALTER TABLE monitoring_verdict ADD PRIMARY KEY (province_code, plan_indicator_id, division_id, year, quarter);

    CREATE TABLE monitoring_plan_cut_offs (
      plan_id integer PRIMARY KEY REFERENCES monitoring_plan(id),
      ahead_from numeric NOT NULL,
      on_track_from numeric NOT NULL,
      lagging_from numeric NOT NULL,
      reason text NOT NULL,
      updated_by integer REFERENCES app_user(id),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (ahead_from > on_track_from AND on_track_from > lagging_from AND lagging_from >= 0)
    );
  `.execute(db);
};
