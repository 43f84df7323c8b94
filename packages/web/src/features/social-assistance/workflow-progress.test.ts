import { describe, expect, it } from 'vitest';
import {
  eventDetail,
  eventLabel,
  nextStepLabel,
  programmeLabel,
  programmeShortLabel,
  progressSteps,
  statusLabel,
  statusTone,
} from './workflow-progress';

describe('step labels', () => {
  it('names statuses, next steps, events and programmes in Chinese (unknown codes pass through)', () => {
    expect(statusLabel('in-publicity')).toBe('公示中');
    expect(nextStepLabel('await-verification')).toBe('等待核对结果');
    expect(nextStepLabel('closed')).toBe('已办结');
    expect(eventLabel('verification-response')).toBe('核对结果返回');
    expect(programmeLabel('dibao')).toBe('最低生活保障');
    expect(programmeShortLabel('extreme-poverty')).toBe('特困');
    expect(statusLabel('something-new')).toBe('something-new');
    expect(statusTone('refused')).toBe('error');
    expect(statusTone('county-review')).toBe('warning');
  });
});

describe('progressSteps', () => {
  const states = (status: string, options = { noticeServed: false, accepted: false }) =>
    progressSteps(status, options).map((s) => s.status);
  it('marks the steps done before the case and the one it is in', () => {
    expect(states('submitted')).toEqual(['process', 'wait', 'wait', 'wait', 'wait', 'wait', 'wait']);
    expect(states('investigating', { noticeServed: false, accepted: true })).toEqual([
      'finish',
      'finish',
      'process',
      'wait',
      'wait',
      'wait',
      'wait',
    ]);
    expect(states('in-publicity')).toEqual(['finish', 'finish', 'finish', 'finish', 'process', 'wait', 'wait']);
    expect(states('approved', { noticeServed: true, accepted: true })).toEqual(Array(7).fill('finish'));
  });
  it('shows a refusal and a withdrawal as errors', () => {
    expect(states('refused').at(-1)).toBe('error');
    expect(states('withdrawn')[0]).toBe('error');
  });
});

describe('eventDetail', () => {
  it('says what a step recorded', () => {
    expect(eventDetail('verification-response', { department: 'bank', result: 'none' })).toBe('银行（存款、理财）：无记录');
    expect(eventDetail('decide', { decision: 'approve', amountFen: 52000 })).toBe('确认给予救助；月救助金520.00元');
    expect(eventDetail('apply', { channel: 'counter', oneTimeNotice: ['户口簿'] })).toBe('窗口申请；一次性告知1项材料');
    expect(eventDetail('request-verification', { requests: [{}, {}], dueOn: '2025-10-10' })).toBe('2个部门，答复时限2025-10-10');
    expect(eventDetail('accept', { deadlines: [] })).toBeNull();
    expect(eventDetail('decide', null)).toBeNull();
  });
});
