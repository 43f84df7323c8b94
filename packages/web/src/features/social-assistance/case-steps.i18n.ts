import { ADVANCE_METHOD_LABELS, AUTHORISATION_SIGNED_AS_LABELS, EMERGENCY_EVENT_KIND_LABELS } from '@mz/shared';

// Strings of the case steps added with the server's next-steps: 先行救助 (rules doc §4.5, E12), the
// per-person 核对授权书 (§6.1) and the hints on disabled steps.

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export const stepText = {
  blockedTitle: '暂不能办理的环节',
  blockedHint: '以下环节的办理条件尚不满足（由服务端按办理规则判断）：',
  advance: {
    section: '先行救助（紧急程序）',
    amount: '先行救助金额（元）',
    amountHint: '不超过乡镇（街道）直接审批限额（参数：按低保标准的倍数），超出部分按一般程序报批',
    eventKind: '急难事由类别',
    occurredOn: '事件发生日期',
    eventDescription: '急难情况',
    eventRequired: '请填写急难情况',
    method: '发放方式',
    paidOn: '发放日期',
    dueOn: '补办手续截止',
    completedOn: '手续补齐日期',
    notCompleted: '待补办',
    late: '逾期补办',
    onTime: '按期补办',
    explanation: '先行救助情况说明',
    explanationRequired: '请填写情况说明',
    signedBy: '签字盖章人员',
    signedByHint: '经办人、审批人，输入姓名后回车',
    signedByRequired: '请填写签字人员',
    township: '乡镇审批限额',
    none: '本案未实施先行救助',
  },
  authorisation: {
    section: '家庭经济状况核对授权书',
    hint: '核对前须逐人存档签字授权书扫描件（特困人员含法定赡养、抚养、扶养义务人）；缺任何一人均不能发起核对。',
    person: '授权人',
    signer: '签字人',
    signedAs: '签署方式',
    signedOn: '签署日期',
    departments: '授权核对部门',
    allDepartments: '全部部门',
    validUntil: '有效期至',
    file: '扫描件',
    legacy: '历史登记（无扫描件）',
    missing: '尚缺授权书',
    record: '登记授权书',
    recordTitle: (name: string) => `登记核对授权书：${name}`,
    fileRequired: '请选择签字授权书扫描件（PDF 或图片）',
    signerRequired: '请填写签字人',
    done: '授权书已登记',
    noneYet: '尚未登记授权书',
  },
  events: {
    republication: (round: number) => `重新公示（第${round}次）`,
    advancePaid: (amount: string, dueOn: string) => `先行救助${amount}；补办截止${dueOn}`,
    onTime: '按期补办',
    late: '逾期补办',
    signedBy: (person: string, signer: string) => `${person}（${signer}签字）`,
  },
  eventKindOptions: options(EMERGENCY_EVENT_KIND_LABELS),
  methodOptions: options(ADVANCE_METHOD_LABELS),
  signedAsOptions: options(AUTHORISATION_SIGNED_AS_LABELS),
};
