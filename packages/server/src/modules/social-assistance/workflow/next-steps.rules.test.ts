import { describe, expect, it } from 'vitest';
import { nextSteps, type CallerAbility } from './next-steps.rules';
import { caseState } from './workflow.fixtures';
import { deadlineOnAdvance, evaluateAction, publicityPeriod } from './workflow.rules';

// The steps a caller may take now (next-steps.rules.ts) and the 先行救助 guards (rules doc §4.5, E12).

const township: CallerAbility = (permission, level) => level !== 'county' && permission !== 'assistance:approve';
const countyApprover: CallerAbility = (_permission, level) => level !== 'township';
const base = { today: '2025-10-09', delegated: false, advanceEligible: false };
const step = (steps: ReturnType<typeof nextSteps>, action: string) => steps.find((s) => s.action === action);

describe('next steps of a case for the caller', () => {
  it('lists only the steps of the current status, with the blocking reasons of the rules', () => {
    const steps = nextSteps(caseState({ outstandingItems: ['户口簿复印件'] }), { ...base, can: township });
    expect(steps.map((s) => s.action)).toEqual(['supplement', 'accept', 'withdraw']);
    expect(step(steps, 'supplement')).toMatchObject({ allowed: true, reasons: [], label: '补正材料', irreversible: false });
    expect(step(steps, 'accept')).toMatchObject({ allowed: false, irreversible: true });
    expect(step(steps, 'accept')?.reasons).toEqual(['申请材料尚缺：户口簿复印件（已一次性告知，补齐后方可受理）']);
  });

  it('disables 报送县级 until the day after the 7-day 公示 and while an objection is open', () => {
    const publicity = publicityPeriod('2025-09-30');
    const inPublicity = caseState({ status: 'in-publicity', preliminaryOn: '2025-09-30', publicity });
    const during = nextSteps(inPublicity, { ...base, today: '2025-10-05', can: township });
    expect(step(during, 'submit-to-county')?.reasons).toEqual(['公示期至2025-10-06届满，2025-10-07起方可进入下一环节']);
    expect(step(during, 'handle-objection')).toMatchObject({ allowed: false, reasons: ['没有待处理的公示异议'] });
    const after = nextSteps({ ...inPublicity, openObjections: 1 }, { ...base, today: '2025-10-09', can: township });
    expect(step(after, 'submit-to-county')?.reasons).toEqual(['公示期间有1件异议尚未处理']);
    expect(step(after, 'handle-objection')?.allowed).toBe(true);
    // An objection received during the period may be registered after it ended.
    expect(step(after, 'record-objection')?.allowed).toBe(true);
    expect(step(nextSteps(inPublicity, { ...base, can: township }), 'submit-to-county')?.allowed).toBe(true);
  });

  it('names the office that does a step the caller’s role cannot do', () => {
    const review = caseState({ status: 'county-review', submittedToCountyOn: '2025-10-09' });
    expect(step(nextSteps(review, { ...base, can: township }), 'decide')).toMatchObject({
      allowed: false,
      reasons: ['您的角色不能办理“县级审核确认”（由县级民政部门办理）'],
    });
    expect(step(nextSteps(review, { ...base, can: countyApprover }), 'decide')?.allowed).toBe(true);
    // Township confirmation appears only where the county delegated it.
    expect(step(nextSteps(caseState({ status: 'in-publicity' }), { ...base, can: township }), 'township-decide')).toBeUndefined();
  });
});

describe('先行救助 (急难型临时救助, E12)', () => {
  const temp = caseState({ programme: 'temporary-assistance', status: 'submitted', appliedOn: '2025-10-11' });

  it('is offered on temporary-assistance cases before the decision, within the township limit, once', () => {
    const offered = nextSteps(temp, { ...base, today: '2025-10-11', advanceEligible: true, can: township });
    expect(step(offered, 'pay-advance')).toMatchObject({ allowed: true, label: '先行救助（急难型临时救助）' });
    const input = { on: '2025-10-11', today: '2025-10-11', advanceLimitFen: 142_000 };
    expect(evaluateAction(temp, 'pay-advance', { ...input, advanceAmountFen: 142_000 })).toEqual({ ok: true, to: 'submitted' });
    expect(evaluateAction(temp, 'pay-advance', { ...input, advanceAmountFen: 142_100 })).toEqual({
      ok: false,
      kind: 'blocked',
      reasons: ['先行救助金额1421.00元超过乡镇（街道）直接审批限额1420.00元，超出部分应按一般程序报县级审批'],
    });
    const paid = { ...temp, advancePaidOn: '2025-10-11', advanceDueOn: '2025-10-20' };
    expect(evaluateAction(paid, 'pay-advance', { ...input, advanceAmountFen: 100 })).toMatchObject({
      ok: false,
      reasons: ['本案已于2025-10-11先行救助，不能重复发放'],
    });
    expect(evaluateAction(caseState(), 'pay-advance', { ...input, advanceAmountFen: 100 })).toMatchObject({
      ok: false,
      reasons: ['先行救助仅适用于急难型临时救助'],
    });
  });

  it('counts the paperwork deadline in working days (Saturday payment, 5 working days)', () => {
    // Saturday 2025-10-11 is a make-up working day, so day 1 is Monday 10-13; 5 working days → Friday 10-17.
    expect(deadlineOnAdvance('2025-10-11', 5)).toMatchObject({ code: 'TEMP_ADVANCE_COMPLETION', dueOn: '2025-10-17', level: 'township' });
    // Friday 2025-09-26: Sunday 09-28 works, then the 国庆 break: 09-28, 09-29, 09-30, 10-09, 10-10.
    expect(deadlineOnAdvance('2025-09-26', 5).dueOn).toBe('2025-10-10');
  });

  it('blocks the decision until the paperwork is completed, then offers no further advance step', () => {
    const review = {
      ...temp,
      status: 'county-review' as const,
      submittedToCountyOn: '2025-10-20',
      advancePaidOn: '2025-10-11',
      advanceDueOn: '2025-10-17',
    };
    expect(evaluateAction(review, 'decide', { on: '2025-10-21', today: '2025-10-21', decision: 'approve' })).toMatchObject({
      ok: false,
      reasons: ['先行救助手续尚未补齐（应于2025-10-17前补办说明及签字盖章），补齐后方可作出决定'],
    });
    const steps = nextSteps(review, { ...base, today: '2025-10-21', advanceEligible: true, can: countyApprover });
    expect(step(steps, 'complete-advance')?.allowed).toBe(true);
    const completed = { ...review, advanceCompletedOn: '2025-10-16' };
    expect(evaluateAction(completed, 'decide', { on: '2025-10-21', today: '2025-10-21', decision: 'approve' })).toEqual({
      ok: true,
      to: 'approved',
    });
    const after = nextSteps(completed, { ...base, today: '2025-10-21', advanceEligible: true, can: countyApprover });
    expect(after.map((s) => s.action)).not.toContain('complete-advance');
    expect(after.map((s) => s.action)).not.toContain('pay-advance');
  });
});
