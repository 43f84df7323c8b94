import { validateCitizenId } from '@mz/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../../../test/world';
import { ensureParameters } from '../social-assistance.test-support';
import { createDemoCaseload, DEMO_BATCH_NAME, DEMO_HOUSEHOLDS } from './demo-caseload';

// The demo caseload of `npm start` (off in every other DB test): households with valid ID numbers,
// recipients of every programme, applications in every workflow state with deadlines, an approved
// roll and warnings; deterministic and created once.

let w: World;
const now = () => new Date('2026-11-23T04:00:00Z');
beforeAll(async () => {
  w = await createWorld({ now });
  await ensureParameters(w);
});
afterAll(async () => w.close());

const count = async (table: 'household' | 'household_member' | 'assistance_application' | 'low_income_warning') =>
  Number(
    (
      await w.db.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('demo caseload', () => {
  it('loads a clearly marked caseload of 文山市 with every programme, workflow state, an approved roll and warnings, once', async () => {
    const result = await createDemoCaseload(w.db.db, now);
    expect(result.households).toBe(DEMO_HOUSEHOLDS);
    expect(await count('household')).toBe(DEMO_HOUSEHOLDS);

    const members = await w.db.db.selectFrom('household_member').select(['citizen_id', 'birth_date']).execute();
    expect(members.length).toBeGreaterThan(DEMO_HOUSEHOLDS);
    expect(members.filter((m) => !validateCitizenId(m.citizen_id, '2026-11-23').ok)).toEqual([]);
    expect(new Set(members.map((m) => m.citizen_id)).size).toBe(members.length);

    const batch = await w.db.db.selectFrom('assistance_import_batch').select(['file_name', 'record_count']).executeTakeFirstOrThrow();
    expect(batch).toEqual({ file_name: DEMO_BATCH_NAME, record_count: DEMO_HOUSEHOLDS });
    const addresses = await w.db.db.selectFrom('household').select('address').execute();
    expect(addresses.every((a) => a.address.endsWith('（演示）'))).toBe(true);

    const programmes = await w.db.db.selectFrom('assistance_recipient').select('programme').distinct().execute();
    expect(programmes.map((p) => p.programme).sort()).toEqual(['dibao', 'extreme-poverty', 'marginal-family', 'rigid-expenditure']);
    // Both areas have 低保 recipients (the rural/urban standard ratio N02/WS01 computes on a fresh start).
    const dibaoAreas = await w.db.db
      .selectFrom('assistance_recipient as r')
      .innerJoin('household as h', 'h.id', 'r.household_id')
      .select('h.area_type')
      .distinct()
      .where('r.programme', '=', 'dibao')
      .execute();
    expect(dibaoAreas.map((a) => a.area_type).sort()).toEqual(['rural', 'urban']);
    const carelessTekun = await w.db.db
      .selectFrom('assistance_recipient')
      .select('id')
      .where('programme', '=', 'extreme-poverty')
      .where('care_tier', 'is', null)
      .execute();
    expect(carelessTekun).toEqual([]);

    const apps = await w.db.db.selectFrom('assistance_application').select(['id', 'status', 'programme']).execute();
    expect(new Set(apps.map((a) => a.status))).toEqual(
      new Set([
        'submitted',
        'accepted',
        'investigating',
        'preliminary-reviewed',
        'in-publicity',
        'county-review',
        'approved',
        'refused',
        'withdrawn',
      ]),
    );
    expect(new Set(apps.map((a) => a.programme))).toEqual(new Set(['dibao', 'extreme-poverty', 'marginal-family', 'temporary-assistance']));
    const open = await w.db.db.selectFrom('application_deadline').select(['application_id']).where('completed_on', 'is', null).execute();
    const withOpenDeadline = new Set(open.map((d) => d.application_id));
    for (const a of apps.filter((x) => ['accepted', 'investigating', 'county-review', 'refused'].includes(x.status))) {
      expect(withOpenDeadline.has(a.id), `${a.programme} ${a.status}`).toBe(true);
    }
    expect(await w.db.db.selectFrom('publicity').select('id').execute()).toHaveLength(1);
    // Signed cases carry 'legacy' authorisations for every member, so 核对 can be requested on them.
    const signedWithoutAuthorisation = await w.db.db
      .selectFrom('assistance_application as a')
      .innerJoin('household_member as m', 'm.household_id', 'a.household_id')
      .leftJoin('verification_authorisation as v', 'v.member_id', 'm.id')
      .select('m.id')
      .where('a.authorisation_signed', '=', true)
      .where('m.valid_to', 'is', null)
      .where('v.id', 'is', null)
      .execute();
    expect(signedWithoutAuthorisation).toEqual([]);
    const due = await w.as('ws_reviewer', 'GET', '/api/assistance/dynamic/rechecks/due?before=2026-11-23');
    expect((due.json() as { total: number }).total).toBeGreaterThan(0);

    const roll = await w.db.db.selectFrom('payment_roll').select(['id', 'status', 'month', 'line_count']).executeTakeFirstOrThrow();
    expect(roll).toMatchObject({ id: result.rollId, status: 'approved', month: '2026-10-01' });
    expect(roll.line_count).toBeGreaterThan(10);
    expect(result.warnings).toBeGreaterThanOrEqual(3);
    expect(await count('low_income_warning')).toBe(result.warnings);

    // The clerk of 开化街道 sees the demo tasks of her township through the API.
    const tasks = await w.as('ws_clerk', 'GET', '/api/assistance/tasks?level=township&status=open&page=1&pageSize=50');
    expect(tasks.statusCode, tasks.body).toBe(200);

    // Once: a second start changes nothing.
    const before = await Promise.all([count('household'), count('assistance_application'), count('low_income_warning')]);
    expect((await createDemoCaseload(w.db.db, now)).households).toBe(0);
    expect(await Promise.all([count('household'), count('assistance_application'), count('low_income_warning')])).toEqual(before);
  });
});
