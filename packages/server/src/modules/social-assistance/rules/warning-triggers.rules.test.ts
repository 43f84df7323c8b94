import { describe, expect, it } from 'vitest';
import { fen, findReason } from '../social-assistance.fixtures';
import {
  DEFAULT_WARNING_TRIGGER_CONFIG,
  evaluateWarningTriggers,
  type MonitoringEvent,
  type MonitoringSnapshot,
  type WarningTriggerConfig,
} from './warning-triggers.rules';

const asOf = '2025-06-30';
const snapshot: MonitoringSnapshot = {
  householdId: 'h',
  programmes: ['dibao'],
  members: [
    { id: 'father', name: '父', birthDate: '1975-05-01' },
    { id: 'grandpa', name: '祖父', birthDate: '1950-05-01' },
    {
      id: 'daughter',
      name: '女',
      birthDate: '2008-12-01',
      student: { stage: 'senior-high', fullTime: true },
    },
  ],
  income12MonthsFen: fen(40_000),
};

const run = (events: MonitoringEvent[], config: WarningTriggerConfig = DEFAULT_WARNING_TRIGGER_CONFIG, snap = snapshot) =>
  evaluateWarningTriggers(snap, events, config, asOf);

describe('evaluateWarningTriggers', () => {
  it('MED_OOP_HIGH: out-of-pocket over 12 months ≥ 50 % of household income; older settlements roll off', () => {
    const events: MonitoringEvent[] = [
      {
        kind: 'medical-settlement',
        memberId: 'grandpa',
        occurredOn: '2024-06-30',
        outOfPocketFen: fen(15_000),
      }, // outside the window
      {
        kind: 'medical-settlement',
        memberId: 'grandpa',
        occurredOn: '2024-12-01',
        outOfPocketFen: fen(12_000),
      },
      {
        kind: 'medical-settlement',
        memberId: 'grandpa',
        occurredOn: '2025-05-01',
        outOfPocketFen: fen(7_999.99),
      },
    ];
    expect(run(events).filter((w) => w.code === 'MED_OOP_HIGH')).toEqual([]);
    const more = [
      ...events,
      {
        kind: 'medical-settlement',
        memberId: 'grandpa',
        occurredOn: '2025-06-01',
        outOfPocketFen: 1,
      } as const,
    ];
    const [warning] = run(more).filter((w) => w.code === 'MED_OOP_HIGH');
    expect(warning).toMatchObject({ memberId: 'grandpa', triggeredOn: '2025-06-01' });
    expect(findReason(warning?.reasons ?? [], 'WARNING_MED_OOP_HIGH').inputs).toMatchObject({
      outOfPocketFen: fen(20_000),
    });
  });

  it('MED_OOP_HIGH also fires on a local fixed amount', () => {
    const config = {
      ...DEFAULT_WARNING_TRIGGER_CONFIG,
      MED_OOP_HIGH: { ...DEFAULT_WARNING_TRIGGER_CONFIG.MED_OOP_HIGH, fixedAmountFen: fen(5_000) },
    };
    const events: MonitoringEvent[] = [
      {
        kind: 'medical-settlement',
        memberId: 'father',
        occurredOn: '2025-06-01',
        outOfPocketFen: fen(5_000),
      },
    ];
    expect(run(events, config).map((w) => w.code)).toEqual(['MED_OOP_HIGH']);
  });

  it('DEATH: review due within 3 months of the death', () => {
    const [warning] = run([{ kind: 'death', memberId: 'grandpa', occurredOn: '2025-03-31' }]);
    expect(warning).toMatchObject({ code: 'DEATH', dueOn: '2025-06-30', memberId: 'grandpa' });
    expect(warning?.suggestedAction).toContain('3个月内');
  });

  it.each<[string, MonitoringEvent, string | null]>([
    [
      'grade 2 physical certificate',
      {
        kind: 'disability-certificate',
        memberId: 'father',
        occurredOn: '2025-06-01',
        disability: { category: 'physical', grade: 2 },
      },
      'DISAB_NEW',
    ],
    [
      'grade 3 physical certificate (not severe)',
      {
        kind: 'disability-certificate',
        memberId: 'father',
        occurredOn: '2025-06-01',
        disability: { category: 'physical', grade: 3 },
      },
      null,
    ],
    [
      'major illness on the local list',
      {
        kind: 'major-illness-diagnosis',
        memberId: 'father',
        occurredOn: '2025-06-01',
        diagnosis: '尿毒症',
        onLocalList: true,
      },
      'ILLNESS_MAJOR',
    ],
    [
      'illness not on the list',
      {
        kind: 'major-illness-diagnosis',
        memberId: 'father',
        occurredOn: '2025-06-01',
        diagnosis: '骨折',
        onLocalList: false,
      },
      null,
    ],
    [
      'unemployment registration at working age',
      { kind: 'unemployment-registration', memberId: 'father', occurredOn: '2025-06-01' },
      'UNEMP_REG',
    ],
    ['unemployment registration at 75', { kind: 'unemployment-registration', memberId: 'grandpa', occurredOn: '2025-06-01' }, null],
    ['employment of a 低保 member', { kind: 'employment', memberId: 'father', occurredOn: '2025-06-01' }, 'INCOME_UP'],
    [
      'new vehicle',
      {
        kind: 'vehicle-registration',
        memberId: 'father',
        occurredOn: '2025-06-01',
        description: '小型轿车一辆',
      },
      'ASSET_CHANGE',
    ],
    [
      'university enrolment',
      {
        kind: 'school-enrolment',
        memberId: 'daughter',
        occurredOn: '2025-06-01',
        stage: 'undergraduate',
      },
      'STUDENT',
    ],
    [
      'primary-school enrolment',
      {
        kind: 'school-enrolment',
        memberId: 'daughter',
        occurredOn: '2025-06-01',
        stage: 'primary',
      },
      null,
    ],
    ['listed disaster victim', { kind: 'disaster-victim', occurredOn: '2025-06-01', description: '洪涝' }, 'DISASTER'],
    ['an event after asOf is ignored', { kind: 'death', memberId: 'grandpa', occurredOn: '2025-07-01' }, null],
  ])('%s', (_label, event, code) => {
    const warnings = run([event]);
    expect(warnings.map((w) => w.code)).toEqual(code === null ? [] : [code]);
    for (const warning of warnings) {
      expect(warning.reasons[0]?.section).toBe('§5.4');
    }
  });

  it('INCOME_UP only for households on 低保', () => {
    const marginal = { ...snapshot, programmes: ['marginal-family'] as const };
    expect(run([{ kind: 'employment', memberId: 'father', occurredOn: '2025-06-01' }], DEFAULT_WARNING_TRIGGER_CONFIG, marginal)).toEqual(
      [],
    );
  });

  it('STUDENT: a member in school turning 18 within 30 days', () => {
    const turning18 = (birthDate: string): MonitoringSnapshot => ({
      ...snapshot,
      members: [
        {
          id: 'daughter',
          name: '女',
          birthDate,
          student: { stage: 'senior-high', fullTime: true },
        },
      ],
    });
    expect(run([], DEFAULT_WARNING_TRIGGER_CONFIG, turning18('2007-07-15')).map((w) => [w.code, w.dueOn])).toEqual([
      ['STUDENT', '2025-07-15'],
    ]);
    expect(run([], DEFAULT_WARNING_TRIGGER_CONFIG, turning18('2007-08-15'))).toEqual([]);
  });

  it('EXPIRY: 刚性 validity, 渐退 end and a 特困 minor turning 18, 30 days ahead', () => {
    const snap: MonitoringSnapshot = {
      ...snapshot,
      members: [{ id: 'minor', name: '小李', birthDate: '2007-07-20', programmes: ['extreme-poverty'] }],
      rigidValidUntil: '2025-07-30',
      gradualExitEndsOn: '2025-08-31',
    };
    const warnings = run([], DEFAULT_WARNING_TRIGGER_CONFIG, snap);
    expect(warnings.map((w) => [w.code, w.memberId, w.dueOn])).toEqual([
      ['EXPIRY', 'minor', '2025-07-20'],
      ['EXPIRY', null, '2025-07-30'],
    ]);
  });

  it('a disabled trigger never fires', () => {
    const config: WarningTriggerConfig = {
      ...DEFAULT_WARNING_TRIGGER_CONFIG,
      DEATH: { enabled: false, reviewWithinMonths: 3 },
    };
    expect(run([{ kind: 'death', memberId: 'grandpa', occurredOn: '2025-03-31' }], config).map((w) => w.code)).not.toContain('DEATH');
  });
});
