import { describe, expect, it } from 'vitest';
import { ACTION_PATHS, buildActionBody, buildObjectionHandling, isCaseAction } from './case-actions';

// Request bodies of the workflow steps (which steps are open comes from the server's next-steps).

const dibaoLike = { programme: 'dibao' };

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

  it('builds the 先行救助 payment and its completion (amounts typed in yuan)', () => {
    expect(
      buildActionBody(
        'pay-advance',
        { on: '2025-10-11', amount: 1420, eventKind: 'fire', eventDescription: ' 住房失火 ', method: 'cash' },
        { programme: 'temporary-assistance' },
      ),
    ).toEqual({
      on: '2025-10-11',
      amountFen: 142_000,
      event: { kind: 'fire', occurredOn: '2025-10-11', description: '住房失火' },
      method: 'cash',
    });
    expect(buildActionBody('complete-advance', { on: '2025-10-13', explanation: '说明', signedBy: ['甲', ''] }, dibaoLike)).toEqual({
      on: '2025-10-13',
      explanation: '说明',
      signedBy: ['甲'],
    });
    expect(ACTION_PATHS['complete-advance']).toBe('advance/complete');
    expect(isCaseAction('handle-objection')).toBe(false);
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
