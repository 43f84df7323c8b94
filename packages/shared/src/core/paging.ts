/**
 * One page of a list. `total` is exact up to COUNT_CAP matching rows; beyond that the server stops
 * counting (an exact count over a province's million households costs seconds) and says so with
 * `totalCapped: true` — the UI then shows 「10,000+」 and asks for narrower filters.
 */
export type Page<T> = { items: T[]; total: number; page: number; pageSize: number; totalCapped?: boolean };

/** Lists count matching rows exactly up to this many (then report `totalCapped`). */
export const COUNT_CAP = 10_000;
