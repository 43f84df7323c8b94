import { describe, expect, it } from 'vitest';
import { materialsFor, missingItems, traitsOf } from './application-materials';

const none = { hasDisabled: false, hasStudents: false, hasMajorIllness: false };

describe('materialsFor', () => {
  it('lists the common materials and those of the programme', () => {
    expect(materialsFor('dibao', none)).toEqual([
      '救助申请书',
      '共同生活家庭成员居民身份证',
      '户口簿',
      '家庭收入情况说明及证明材料',
      '家庭财产状况申报',
    ]);
    expect(materialsFor('extreme-poverty', none)).toContain('赡养（抚养、扶养）义务人核对授权书');
    expect(materialsFor('temporary-assistance', none)).toContain('急难事件证明（事故、灾害、疾病等）');
    expect(materialsFor('rigid-expenditure', none)).toContain('近12个月刚性支出票据');
  });
  it('adds certificates for disabled members, students and major illness', () => {
    const list = materialsFor('dibao', { hasDisabled: true, hasStudents: true, hasMajorIllness: true });
    expect(list.slice(-3)).toEqual(['残疾人证', '在校就读证明', '重病诊断证明及医疗费用票据']);
  });
});

describe('missingItems', () => {
  it('lists what was not received, then extra items, once each', () => {
    expect(missingItems(['申请书', '户口簿', '身份证'], ['申请书'], [' 结婚证 ', '', '户口簿'])).toEqual(['户口簿', '身份证', '结婚证']);
    expect(missingItems(['申请书'], ['申请书'], [])).toEqual([]);
  });
});

describe('traitsOf', () => {
  it('looks only at members who live together', () => {
    expect(
      traitsOf([
        { livesTogether: true, disability: { category: 'physical', grade: 2 }, student: null, hasMajorIllness: false },
        { livesTogether: false, disability: null, student: { stage: 'primary', fullTime: true }, hasMajorIllness: true },
      ]),
    ).toEqual({ hasDisabled: true, hasStudents: false, hasMajorIllness: false });
  });
});
