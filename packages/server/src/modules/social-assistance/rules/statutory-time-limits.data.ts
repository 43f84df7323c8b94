// Statutory time limits of the assistance workflow (rules doc §3.3, §4.2–§4.7), as data.
// Working-day limits are counted with working-days.rules.ts (§10.4); publicity in calendar days (§10.5).
export const TIME_LIMIT_UNITS = ['working-days', 'calendar-days', 'calendar-months'] as const;
export type TimeLimitUnit = (typeof TIME_LIMIT_UNITS)[number];

export type TimeLimitDefinition = {
  label: string;
  trigger: string;
  unit: TimeLimitUnit;
  amount: number;
  /** Longer limit for special cases (objections, residence away from hukou, hard investigations). */
  specialAmount?: number;
  /** Calendar-day periods whose first day is the trigger day (公示, §10.5). */
  firstDayCounts?: boolean;
  section: string;
  basis: string;
};

export const STATUTORY_TIME_LIMITS = {
  DIBAO_INVESTIGATION_START: {
    label: '启动家庭经济状况调查',
    trigger: '受理申请',
    unit: 'working-days',
    amount: 3,
    section: '§4.2',
    basis: '57号 Art. 15',
  },
  DIBAO_VERIFICATION_START: {
    label: '县级启动家庭经济状况信息核对',
    trigger: '收到乡镇核对请求',
    unit: 'working-days',
    amount: 3,
    section: '§4.2',
    basis: '57号 Art. 17',
  },
  DIBAO_PUBLICITY: {
    label: '村（居）公示',
    trigger: '公示首日',
    unit: 'calendar-days',
    amount: 7,
    firstDayCounts: true,
    section: '§4.3',
    basis: '57号 Art. 19',
  },
  DIBAO_COUNTY_REVIEW: {
    label: '县级审核确认',
    trigger: '收到乡镇报送的材料',
    unit: 'working-days',
    amount: 10,
    section: '§4.3',
    basis: '57号 Art. 20',
  },
  DIBAO_REFUSAL_NOTICE: {
    label: '书面告知不予确认及理由',
    trigger: '作出决定',
    unit: 'working-days',
    amount: 3,
    section: '§4.3',
    basis: '57号 Art. 21',
  },
  DIBAO_OVERALL: {
    label: '低保审核确认办结',
    trigger: '受理申请',
    unit: 'working-days',
    amount: 30,
    specialAmount: 45,
    section: '§4.3',
    basis: '57号 Art. 22',
  },
  DIBAO_OVERALL_DELEGATED: {
    label: '低保审核确认办结（乡镇确认）',
    trigger: '受理申请',
    unit: 'working-days',
    amount: 20,
    specialAmount: 45,
    section: '§4.3',
    basis: '2022通知 §四(一)',
  },
  EXTREME_POVERTY_TOWNSHIP_OPINION: {
    label: '乡镇调查并提出初审意见',
    trigger: '受理申请',
    unit: 'working-days',
    amount: 15,
    section: '§4.4',
    basis: '43号 Arts. 13–14',
  },
  EXTREME_POVERTY_PUBLICITY: {
    label: '村（居）公示',
    trigger: '公示首日',
    unit: 'calendar-days',
    amount: 7,
    firstDayCounts: true,
    section: '§4.4',
    basis: '43号 Art. 15',
  },
  EXTREME_POVERTY_OBJECTION_OPINION: {
    label: '公示有异议时重新调查并提出意见',
    trigger: '收到异议',
    unit: 'working-days',
    amount: 15,
    section: '§4.4',
    basis: '43号 Art. 15',
  },
  EXTREME_POVERTY_COUNTY_REVIEW: {
    label: '县级审核并提出确认意见',
    trigger: '收到乡镇报送的材料',
    unit: 'working-days',
    amount: 15,
    section: '§4.4',
    basis: '43号 Art. 16',
  },
  EXTREME_POVERTY_REFUSAL_NOTICE: {
    label: '书面告知不予认定及理由',
    trigger: '作出决定',
    unit: 'working-days',
    amount: 3,
    section: '§4.4',
    basis: '43号 Art. 18',
  },
  EXTREME_POVERTY_SELF_CARE_REASSESSMENT: {
    label: '重新评估生活自理能力',
    trigger: '收到能力变化报告',
    unit: 'working-days',
    amount: 10,
    section: '§3.3',
    basis: '43号 Art. 23',
  },
  EXTREME_POVERTY_TERMINATION_PUBLICITY: {
    label: '终止救助供养公示',
    trigger: '公示首日',
    unit: 'calendar-days',
    amount: 7,
    firstDayCounts: true,
    section: '§4.4',
    basis: '43号 Art. 25',
  },
  EXTREME_POVERTY_TERMINATION_OBJECTION: {
    label: '终止公示有异议时作出决定',
    trigger: '收到异议',
    unit: 'working-days',
    amount: 15,
    section: '§4.4',
    basis: '43号 Art. 26',
  },
  RIGID_OVERALL: {
    label: '刚性支出困难家庭认定办结',
    trigger: '受理申请',
    unit: 'working-days',
    amount: 30,
    specialAmount: 45,
    section: '§4.6',
    basis: '刚性办法 Art. 8',
  },
  DEATH_REVIEW: {
    label: '家庭成员死亡后复核家庭状况',
    trigger: '家庭成员死亡',
    unit: 'calendar-months',
    amount: 3,
    section: '§4.7',
    basis: '2022通知 §一(三)',
  },
} as const satisfies Record<string, TimeLimitDefinition>;
