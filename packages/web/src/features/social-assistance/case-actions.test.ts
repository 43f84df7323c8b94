import type { TMe } from '@mz/shared';
import { describe, expect, it } from 'vitest';
import { abilityOf, availableActions, buildActionBody, buildObjectionHandling, caseFacts } from './case-actions';

const assignment = (role: string, divisionLevel: string) =>
  ({ id: 1, role, divisionId: 1, divisionCode: '1', divisionName: 'x', divisionLevel }) as TMe['assignments'][number];

const clerk = abilityOf({
  assignments: [assignment('township_clerk', 'township')],
  permissions: ['assistance:read', 'assistance:apply', 'assistance:review', 'personal-data:read'],
});
const reviewer = abilityOf({
  assignments: [assignment('county_reviewer', 'county')],
  permissions: ['assistance:read', 'assistance:review', 'personal-data:read'],
});
const approver = abilityOf({
  assignments: [assignment('county_approver', 'county')],
  permissions: ['assistance:read', 'assistance:review', 'assistance:approve', 'assistance:pay'],
});

type CaseLike = Parameters<typeof availableActions>[0];
const base: CaseLike = {
  status: 'submitted',
  missing_items: [],
  verifications: [],
  publicities: [],
  commitment_signed: true,
  authorisation_signed: true,
  investigated_on: null,
  notice_served_on: null,
  programme: 'dibao',
  assessment: null,
};
const at = (over: Partial<CaseLike>): CaseLike => ({ ...base, ...over });
const noDelegation = { delegated: false };

describe('abilityOf', () => {
  it('counts a permission at the level where the granting role is assigned', () => {
    expect(clerk('assistance:review', 'township')).toBe(true);
    expect(clerk('assistance:review', 'county')).toBe(false);
    expect(reviewer('assistance:review', 'county')).toBe(true);
    expect(reviewer('assistance:review', 'township')).toBe(false);
    expect(reviewer('assistance:apply', 'any')).toBe(false);
    expect(approver('assistance:approve', 'county')).toBe(true);
  });
});

describe('availableActions', () => {
  it('offers supplement, not acceptance, while items of the one-time notice are missing', () => {
    const app = at({ missing_items: [{ item: '户口簿', notifiedOn: '2025-09-24', receivedOn: null }] });
    expect(availableActions(app, clerk, noDelegation)).toEqual(['supplement', 'withdraw']);
    expect(availableActions(at({}), clerk, noDelegation)).toEqual(['accept', 'withdraw']);
  });

  it('needs the signed authorisation before acceptance and 核对', () => {
    expect(availableActions(at({ authorisation_signed: false }), clerk, noDelegation)).toEqual(['supplement', 'withdraw']);
    expect(availableActions(at({ status: 'accepted', authorisation_signed: false }), clerk, noDelegation)).toEqual([
      'investigate',
      'withdraw',
    ]);
  });

  it('walks the township steps in order', () => {
    expect(availableActions(at({ status: 'accepted' }), clerk, noDelegation)).toEqual(['investigate', 'request-verification', 'withdraw']);
    const pending = at({
      status: 'investigating',
      investigated_on: '2025-09-29',
      verifications: [{ id: 1, department: 'bank', status: 'pending', requested_on: '', due_on: '', responded_on: null, responses: [] }],
    });
    expect(availableActions(pending, clerk, noDelegation)).toEqual(['withdraw']);
    expect(caseFacts(pending).pendingVerifications).toBe(1);
    expect(availableActions(at({ status: 'investigating', investigated_on: '2025-09-29' }), clerk, noDelegation)).toEqual([
      'request-verification',
      'preliminary-review',
      'withdraw',
    ]);
    expect(availableActions(at({ status: 'preliminary-reviewed' }), clerk, noDelegation)).toEqual(['start-publicity', 'withdraw']);
  });

  it('holds the case in 公示 while an objection is open, and offers township confirmation only when delegated', () => {
    const running = (objectionStatus: string) =>
      at({
        status: 'in-publicity',
        publicities: [
          {
            id: 1,
            first_day: '2025-09-30',
            last_day: '2025-10-06',
            next_step_from: '2025-10-07',
            location: 'x',
            status: 'running',
            objections: [
              {
                id: 1,
                received_on: '2025-10-02',
                objector: null,
                content: 'x',
                status: objectionStatus,
                outcome: null,
                handling: null,
                democratic_review: null,
                handled_on: null,
              },
            ],
          },
        ],
      });
    expect(availableActions(running('open'), clerk, noDelegation)).toEqual(['record-objection', 'withdraw']);
    expect(availableActions(running('handled'), clerk, noDelegation)).toEqual(['record-objection', 'submit-to-county', 'withdraw']);
    expect(availableActions(running('handled'), clerk, { delegated: true })).toEqual([
      'record-objection',
      'submit-to-county',
      'township-decide',
      'withdraw',
    ]);
  });

  it('gives the county review to the county: checks to reviewers, the decision to approvers only', () => {
    const county = at({ status: 'county-review' });
    expect(availableActions(county, clerk, noDelegation)).toEqual(['withdraw']);
    expect(availableActions(county, reviewer, noDelegation)).toEqual(['county-check']);
    expect(availableActions(county, approver, noDelegation)).toEqual(['county-check', 'decide']);
  });

  it('asks for the notice once after a decision, then nothing', () => {
    expect(availableActions(at({ status: 'approved' }), clerk, noDelegation)).toEqual(['serve-notice']);
    expect(availableActions(at({ status: 'approved', notice_served_on: '2025-10-21' }), clerk, noDelegation)).toEqual([]);
    expect(availableActions(at({ status: 'withdrawn' }), clerk, noDelegation)).toEqual([]);
  });
});

describe('buildActionBody', () => {
  const dibao = { programme: 'dibao' };
  it('keeps only the contract fields of each step', () => {
    expect(buildActionBody('accept', { on: '2025-09-26', note: ' ', extra: 1 }, dibao)).toEqual({ on: '2025-09-26' });
    expect(
      buildActionBody(
        'investigate',
        { on: '2025-09-29', investigators: ['王调查', ' 赵调查 ', ''], membersPresent: ['张三'], findings: ' 简陋 ' },
        dibao,
      ),
    ).toEqual({
      on: '2025-09-29',
      investigators: ['王调查', '赵调查'],
      homeVisit: { visitedOn: '2025-09-29', membersPresent: ['张三'], findings: '简陋' },
    });
    expect(buildActionBody('start-publicity', { on: '2025-09-30', location: '公示栏' }, dibao)).toEqual({
      startsOn: '2025-09-30',
      location: '公示栏',
    });
    expect(buildActionBody('record-objection', { on: '2025-10-02', objector: '', content: '有车' }, dibao)).toEqual({
      receivedOn: '2025-10-02',
      content: '有车',
    });
  });

  it('sends the refusal reason only with a refusal', () => {
    expect(buildActionBody('decide', { on: '2025-10-20', decision: 'approve', reasonText: 'x' }, dibao)).toEqual({
      on: '2025-10-20',
      decision: 'approve',
    });
    expect(buildActionBody('decide', { on: '2025-10-20', decision: 'refuse', reasonText: '收入超标' }, dibao)).toEqual({
      on: '2025-10-20',
      decision: 'refuse',
      reasonText: '收入超标',
    });
  });

  it('turns the 刚性支出 amounts typed in yuan into fen', () => {
    const body = buildActionBody(
      'preliminary-review',
      { on: '2025-09-30', opinion: 'recommend-approve', totalIncome12Months: 30000, medical: '25000.5', education: 0 },
      { programme: 'rigid-expenditure' },
    );
    expect(body).toEqual({
      on: '2025-09-30',
      opinion: 'recommend-approve',
      rigid: { totalIncome12MonthsFen: 3_000_000, medicalFen: 2_500_050, educationFen: 0, disabilityRehabilitationFen: 0, otherFen: 0 },
    });
  });

  it('records a democratic review with the objection handling only when one was held', () => {
    expect(buildObjectionHandling({ on: '2025-10-09', outcome: 'dismissed', handling: '不属实' })).toEqual({
      on: '2025-10-09',
      outcome: 'dismissed',
      handling: '不属实',
    });
    expect(
      buildObjectionHandling({
        on: '2025-10-09',
        outcome: 'dismissed',
        handling: '不属实',
        democraticReview: true,
        reviewHeldOn: '2025-10-08',
        reviewParticipants: 11,
        reviewResult: '同意',
      }),
    ).toMatchObject({ democraticReview: { heldOn: '2025-10-08', participants: 11, result: '同意' } });
  });
});
