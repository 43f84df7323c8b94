import { describe, expect, it } from 'vitest';
import {
  currentStep,
  deadlineOnDecision,
  deadlineOnSubmitToCounty,
  deadlineOnVerificationRequest,
  deadlinesOnAccept,
  evaluateAction,
  plan,
  publicityPeriod,
  requiresSpotCheck,
} from './workflow.rules';
import { caseState } from './workflow.fixtures';

// 2025 国庆节、中秋节: 10-01 … 10-08 off; Sunday 09-28 and Saturday 10-11 are make-up working days.
const today = '2026-11-23';

describe('statutory clocks over 国庆 2025', () => {
  it('acceptance starts the 3-working-day investigation clock and the 30-working-day overall limit', () => {
    const [investigation, overall] = deadlinesOnAccept('dibao', '2025-09-26', { special: false, delegated: false });
    expect(investigation).toMatchObject({ code: 'DIBAO_INVESTIGATION_START', level: 'township', dueOn: '2025-09-30', provisional: false });
    expect(overall).toMatchObject({ code: 'DIBAO_OVERALL', level: 'county', dueOn: '2025-11-13' });
    expect(deadlinesOnAccept('dibao', '2025-09-26', { special: true, delegated: true })[1]).toMatchObject({
      code: 'DIBAO_OVERALL_DELEGATED',
      level: 'township',
    });
    expect(deadlinesOnAccept('extreme-poverty', '2025-09-26', { special: false, delegated: false }).map((d) => d.code)).toEqual([
      'EXTREME_POVERTY_TOWNSHIP_OPINION',
    ]);
  });

  it('county review: 10 working days skip the holiday and count Saturday 10-11', () => {
    expect(deadlineOnSubmitToCounty('dibao', '2025-09-30')).toMatchObject({ dueOn: '2025-10-21', level: 'county' });
    expect(deadlineOnSubmitToCounty('extreme-poverty', '2025-09-30').code).toBe('EXTREME_POVERTY_COUNTY_REVIEW');
    expect(deadlineOnVerificationRequest('2025-09-30').dueOn).toBe('2025-10-11');
  });

  it('refusal notice within 3 working days can fall on the make-up Saturday', () => {
    expect(deadlineOnDecision('dibao', '2025-09-30', 'refuse')).toMatchObject({ code: 'DIBAO_REFUSAL_NOTICE', dueOn: '2025-10-11' });
    expect(deadlineOnDecision('dibao', '2025-09-30', 'approve')).toMatchObject({ code: 'APPROVAL_NOTICE', dueOn: '2025-10-11' });
  });

  it('公示 runs 7 calendar days, holidays not skipped', () => {
    expect(publicityPeriod('2025-09-30')).toEqual({ firstDay: '2025-09-30', lastDay: '2025-10-06', nextStepFrom: '2025-10-07', days: 7 });
  });

  it('a clock running into a year without a holiday notice is computed Monday–Friday and marked provisional', () => {
    const d = plan('DIBAO_COUNTY_REVIEW', 'county', '2026-12-24');
    expect(d.provisional).toBe(true);
    expect(d.dueOn > '2026-12-31').toBe(true);
    expect(d.explanation).toContain('暂按周一至周五计算');
    expect(plan('DIBAO_COUNTY_REVIEW', 'county', '2025-09-30').provisional).toBe(false);
  });
});

describe('transitions and guards', () => {
  it('acceptance needs complete materials, commitment and authorisation', () => {
    expect(evaluateAction(caseState(), 'accept', { on: '2025-09-26', today })).toEqual({ ok: true, to: 'accepted' });
    const blocked = evaluateAction(caseState({ outstandingItems: ['户口簿复印件'], authorisationSigned: false }), 'accept', {
      on: '2025-09-26',
      today,
    });
    expect(blocked.ok).toBe(false);
    if (!blocked.ok) expect(blocked.reasons.join()).toMatch(/户口簿复印件.*授权书/);
    expect(evaluateAction(caseState(), 'accept', { on: '2025-09-20', today }).ok).toBe(false);
    expect(evaluateAction(caseState(), 'accept', { on: '2026-12-01', today }).ok).toBe(false);
  });

  it('an action outside its statuses is an invalid transition', () => {
    expect(evaluateAction(caseState(), 'decide', { on: '2025-10-01', today, decision: 'approve' })).toMatchObject({
      ok: false,
      kind: 'invalid-transition',
    });
    expect(evaluateAction(caseState({ status: 'approved' }), 'withdraw', { on: '2025-10-01', today })).toMatchObject({
      ok: false,
      kind: 'invalid-transition',
    });
  });

  it('investigation needs two investigators', () => {
    const s = caseState({ status: 'accepted', acceptedOn: '2025-09-26' });
    expect(
      evaluateAction(s, 'investigate', { on: '2025-09-29', today, investigators: ['王', '王'], visitedOn: '2025-09-29' }),
    ).toMatchObject({ ok: false, kind: 'blocked' });
    expect(evaluateAction(s, 'investigate', { on: '2025-09-29', today, investigators: ['王', '赵'], visitedOn: '2025-09-29' })).toEqual({
      ok: true,
      to: 'investigating',
    });
  });

  it('verification needs the signed authorisation', () => {
    expect(
      evaluateAction(caseState({ status: 'accepted', authorisationSigned: false }), 'request-verification', { on: '2025-09-29', today }),
    ).toMatchObject({ kind: 'no-authorisation' });
  });

  it('preliminary review needs the visit, all verification answers and, to recommend approval, an eligible assessment', () => {
    const s = caseState({ status: 'investigating', acceptedOn: '2025-09-26', investigatedOn: '2025-09-29', investigatorCount: 2 });
    expect(
      evaluateAction({ ...s, pendingVerifications: 1 }, 'preliminary-review', {
        on: '2025-09-30',
        today,
        opinion: 'recommend-approve',
        eligible: true,
      }).ok,
    ).toBe(false);
    expect(evaluateAction(s, 'preliminary-review', { on: '2025-09-30', today, opinion: 'recommend-approve', eligible: false }).ok).toBe(
      false,
    );
    expect(evaluateAction(s, 'preliminary-review', { on: '2025-09-30', today, opinion: 'recommend-refuse', eligible: true }).ok).toBe(
      false,
    );
    expect(
      evaluateAction(s, 'preliminary-review', {
        on: '2025-09-30',
        today,
        opinion: 'recommend-refuse',
        eligible: true,
        note: '拒不配合调查',
      }).ok,
    ).toBe(true);
    expect(evaluateAction(s, 'preliminary-review', { on: '2025-09-30', today, opinion: 'recommend-approve', eligible: true })).toEqual({
      ok: true,
      to: 'preliminary-reviewed',
    });
  });

  it('the case goes to the county only after the 7-day 公示 and with no open objection', () => {
    const s = caseState({ status: 'in-publicity', preliminaryOn: '2025-09-30', publicity: publicityPeriod('2025-09-30') });
    expect(evaluateAction(s, 'submit-to-county', { on: '2025-10-06', today }).ok).toBe(false);
    expect(evaluateAction({ ...s, openObjections: 1 }, 'submit-to-county', { on: '2025-10-09', today }).ok).toBe(false);
    expect(evaluateAction(s, 'submit-to-county', { on: '2025-10-07', today })).toEqual({ ok: true, to: 'county-review' });
    expect(evaluateAction(s, 'record-objection', { on: '2025-10-07', today, objectionReceivedOn: '2025-10-07' }).ok).toBe(false);
  });

  it('county confirmation: 单独登记备案 needs a county home visit, 特困 spot checks must be done', () => {
    const s = caseState({ status: 'county-review', submittedToCountyOn: '2025-10-09', separateRegistration: true });
    expect(evaluateAction(s, 'decide', { on: '2025-10-20', today, decision: 'approve', eligible: true }).ok).toBe(false);
    expect(
      evaluateAction({ ...s, countyHomeVisitOn: '2025-10-15' }, 'decide', { on: '2025-10-20', today, decision: 'approve', eligible: true }),
    ).toEqual({ ok: true, to: 'approved' });
    const tk = caseState({
      programme: 'extreme-poverty',
      status: 'county-review',
      submittedToCountyOn: '2025-10-09',
      spotCheckRequired: true,
    });
    expect(evaluateAction(tk, 'decide', { on: '2025-10-20', today, decision: 'approve', eligible: true }).ok).toBe(false);
    expect(
      evaluateAction({ ...tk, countySpotCheckOn: '2025-10-14' }, 'decide', { on: '2025-10-20', today, decision: 'approve', eligible: true })
        .ok,
    ).toBe(true);
    expect(
      evaluateAction({ ...s, countyHomeVisitOn: '2025-10-15' }, 'decide', { on: '2025-10-20', today, decision: 'approve', eligible: false })
        .ok,
    ).toBe(false);
    expect(evaluateAction({ ...s, countyHomeVisitOn: '2025-10-15' }, 'decide', { on: '2025-10-20', today, decision: 'refuse' }).ok).toBe(
      false,
    );
    expect(
      evaluateAction({ ...s, countyHomeVisitOn: '2025-10-15' }, 'decide', {
        on: '2025-10-20',
        today,
        decision: 'refuse',
        reasonText: '收入超过标准',
      }),
    ).toEqual({ ok: true, to: 'refused' });
  });

  it('a township confirms only where the county delegated it, and never a 单独登记备案 case', () => {
    const s = caseState({ status: 'in-publicity', preliminaryOn: '2025-09-30', publicity: publicityPeriod('2025-09-30') });
    expect(evaluateAction(s, 'township-decide', { on: '2025-10-09', today, decision: 'approve', eligible: true })).toMatchObject({
      kind: 'not-delegated',
    });
    expect(evaluateAction(s, 'township-decide', { on: '2025-10-09', today, decision: 'approve', eligible: true, delegated: true })).toEqual(
      { ok: true, to: 'approved' },
    );
    expect(
      evaluateAction({ ...s, separateRegistration: true }, 'township-decide', {
        on: '2025-10-09',
        today,
        decision: 'approve',
        eligible: true,
        delegated: true,
      }).ok,
    ).toBe(false);
  });

  it('current step follows the status', () => {
    expect(currentStep(caseState({ outstandingItems: ['x'] }))).toBe('supplement');
    expect(currentStep(caseState({ status: 'investigating', pendingVerifications: 2 }))).toBe('await-verification');
    expect(currentStep(caseState({ status: 'refused' }))).toBe('serve-notice');
    expect(currentStep(caseState({ status: 'refused', noticeServedOn: '2025-10-10' }))).toBe('closed');
  });
});

describe('特困 spot checks', () => {
  it('select at least 30 % of cases at every point, and not all of them', () => {
    let selected = 0;
    for (let n = 0; n < 200; n += 1) {
      if (requiresSpotCheck(n, selected)) selected += 1;
      expect(selected * 10).toBeGreaterThanOrEqual(3 * (n + 1));
    }
    expect(selected).toBeLessThan(70);
  });
});
