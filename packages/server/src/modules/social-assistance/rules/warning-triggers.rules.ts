// Dynamic-monitoring warning triggers (rules doc §5.4). No national thresholds exist: every threshold is a
// configurable parameter; DEFAULT_WARNING_TRIGGER_CONFIG holds the doc's suggested defaults.
import { ageOn } from '@mz/shared';
import { addDays, addMonths, birthdayAtAge, formatChineseDate, type IsoDate } from './calendar-date';
import { reason, type DecisionReason, type ReasonInput } from './decision';
import { ADULT_AGE, isSeverelyDisabled } from './household-income.rules';
import { DISABILITY_CATEGORY_LABELS, STUDENT_STAGE_LABELS } from './inputs';
import { BASIS_POINTS_ONE, formatYuan } from './money';
import type { MonitoringEvent, MonitoringSnapshot, WarningCode, WarningTriggerConfig } from './warning-triggers.config';

export * from './warning-triggers.config';

export type TriggeredWarning = {
  code: WarningCode;
  householdId: string;
  memberId: string | null;
  /** Date of the event (or of the evaluation for date-based triggers). */
  triggeredOn: IsoDate;
  suggestedAction: string;
  /** A deadline where a rule sets one (DEATH: review within 3 months). */
  dueOn: IsoDate | null;
  reasons: DecisionReason[];
};

/**
 * Evaluate the triggers for one household on `asOf`. Events dated after `asOf` are ignored; events are
 * the new departmental feed records since the last run (the caller de-duplicates across runs).
 */
export const evaluateWarningTriggers = (
  snapshot: MonitoringSnapshot,
  events: readonly MonitoringEvent[],
  config: WarningTriggerConfig,
  asOf: IsoDate,
): TriggeredWarning[] => {
  const known = events.filter((e) => e.occurredOn <= asOf);
  const nameOf = (memberId: string): string => snapshot.members.find((m) => m.id === memberId)?.name ?? memberId;
  const warnings: TriggeredWarning[] = [];
  const warn = (
    code: WarningCode,
    memberId: string | null,
    triggeredOn: IsoDate,
    message: string,
    suggestedAction: string,
    inputs: Readonly<Record<string, ReasonInput>>,
    dueOn: IsoDate | null = null,
  ): void => {
    warnings.push({
      code,
      householdId: snapshot.householdId,
      memberId,
      triggeredOn,
      suggestedAction,
      dueOn,
      reasons: [
        reason(`WARNING_${code}`, message, {
          ...inputs,
          householdId: snapshot.householdId,
          memberId,
        }),
      ],
    });
  };

  if (config.MED_OOP_HIGH.enabled) {
    const rule = config.MED_OOP_HIGH;
    const from = addMonths(asOf, -rule.windowMonths);
    const settlements = known.flatMap((e) => (e.kind === 'medical-settlement' && e.occurredOn > from ? [e] : []));
    for (const memberId of new Set(settlements.map((e) => e.memberId))) {
      const own = settlements.filter((e) => e.memberId === memberId);
      const total = own.reduce((sum, e) => sum + e.outOfPocketFen, 0);
      const byShare = total * BASIS_POINTS_ONE >= snapshot.income12MonthsFen * rule.incomeShare;
      const byAmount = rule.fixedAmountFen !== null && total >= rule.fixedAmountFen;
      if (byShare || byAmount) {
        const last =
          own
            .map((e) => e.occurredOn)
            .sort()
            .at(-1) ?? asOf;
        warn(
          'MED_OOP_HIGH',
          memberId,
          last,
          `${nameOf(memberId)}近${rule.windowMonths}个月医疗个人自付${formatYuan(total)}元，${byShare ? `达到家庭同期收入${formatYuan(snapshot.income12MonthsFen)}元的${rule.incomeShare / 100}%` : `达到${formatYuan(rule.fixedAmountFen ?? 0)}元`}`,
          '核实家庭状况，评估支出型临时救助、刚性支出困难家庭认定或单人户纳入',
          {
            outOfPocketFen: total,
            income12MonthsFen: snapshot.income12MonthsFen,
            incomeShareBp: rule.incomeShare,
            fixedAmountFen: rule.fixedAmountFen,
          },
        );
      }
    }
  }

  for (const event of known) {
    switch (event.kind) {
      case 'disability-certificate':
        if (config.DISAB_NEW.enabled && isSeverelyDisabled(event.disability)) {
          warn(
            'DISAB_NEW',
            event.memberId,
            event.occurredOn,
            `${nameOf(event.memberId)}新办或变更残疾人证为${event.disability.grade}级${DISABILITY_CATEGORY_LABELS[event.disability.category]}残疾`,
            '评估单人户纳入低保、特困无劳动能力认定或义务人能力变化',
            {
              disabilityCategory: event.disability.category,
              disabilityGrade: event.disability.grade,
            },
          );
        }
        break;
      case 'major-illness-diagnosis':
        if (config.ILLNESS_MAJOR.enabled && event.onLocalList) {
          warn(
            'ILLNESS_MAJOR',
            event.memberId,
            event.occurredOn,
            `${nameOf(event.memberId)}确诊当地重特大疾病目录内疾病：${event.diagnosis}`,
            '入户核实，评估单人户、医疗救助和临时救助',
            { diagnosis: event.diagnosis },
          );
        }
        break;
      case 'unemployment-registration': {
        const member = snapshot.members.find((m) => m.id === event.memberId);
        const age = member === undefined ? null : ageOn(member.birthDate, event.occurredOn);
        const range = config.UNEMP_REG.workingAge;
        if (config.UNEMP_REG.enabled && age !== null && age >= range.from && age < range.to) {
          warn(
            'UNEMP_REG',
            event.memberId,
            event.occurredOn,
            `劳动年龄内家庭成员${nameOf(event.memberId)}（${age}岁）办理失业登记`,
            '核实收入变化，推送就业帮扶，必要时调整救助',
            { age },
          );
        }
        break;
      }
      case 'death':
        if (config.DEATH.enabled) {
          const dueOn = addMonths(event.occurredOn, config.DEATH.reviewWithinMonths);
          warn(
            'DEATH',
            event.memberId,
            event.occurredOn,
            `家庭成员${nameOf(event.memberId)}于${formatChineseDate(event.occurredOn)}死亡`,
            `${config.DEATH.reviewWithinMonths}个月内（${formatChineseDate(dueOn)}前）完成家庭状况复核并调整救助`,
            { deathDate: event.occurredOn, reviewWithinMonths: config.DEATH.reviewWithinMonths },
            dueOn,
          );
        }
        break;
      case 'employment':
      case 'social-insurance-contribution':
        if (config.INCOME_UP.enabled && snapshot.programmes.includes('dibao')) {
          warn(
            'INCOME_UP',
            event.memberId,
            event.occurredOn,
            `低保家庭成员${nameOf(event.memberId)}${event.kind === 'employment' ? '登记就业' : '新增社会保险缴费记录'}`,
            '复核家庭收入；就业增收超过标准的评估渐退',
            { eventKind: event.kind },
          );
        }
        break;
      case 'vehicle-registration':
      case 'real-estate-registration':
      case 'business-registration':
        if (config.ASSET_CHANGE.enabled) {
          warn(
            'ASSET_CHANGE',
            event.memberId,
            event.occurredOn,
            `${nameOf(event.memberId)}新增登记：${event.description}`,
            '复核家庭财产状况',
            { eventKind: event.kind, description: event.description },
          );
        }
        break;
      case 'school-enrolment':
        if (config.STUDENT.enabled && config.STUDENT.stages.includes(event.stage)) {
          warn(
            'STUDENT',
            event.memberId,
            event.occurredOn,
            `${nameOf(event.memberId)}升入${STUDENT_STAGE_LABELS[event.stage]}就读`,
            '核实教育支出，评估教育救助、临时救助及成年在校子女的家庭成员认定',
            { stage: event.stage },
          );
        }
        break;
      case 'disaster-victim':
        if (config.DISASTER.enabled) {
          warn('DISASTER', null, event.occurredOn, `家庭被列为受灾群众：${event.description}`, '评估急难型临时救助（可先行救助）', {
            description: event.description,
          });
        }
        break;
      case 'medical-settlement':
        break;
    }
  }

  warnings.push(...dateTriggers(snapshot, config, asOf));
  return warnings;
};

/** STUDENT (turning 18 while in school) and EXPIRY (刚性 validity, 渐退 end, 特困 minor turning 18). */
const dateTriggers = (snapshot: MonitoringSnapshot, config: WarningTriggerConfig, asOf: IsoDate): TriggeredWarning[] => {
  const result: TriggeredWarning[] = [];
  const push = (code: WarningCode, memberId: string | null, dueOn: IsoDate, message: string, action: string): void => {
    result.push({
      code,
      householdId: snapshot.householdId,
      memberId,
      triggeredOn: asOf,
      suggestedAction: action,
      dueOn,
      reasons: [
        reason(`WARNING_${code}`, message, {
          householdId: snapshot.householdId,
          memberId,
          dueOn,
          asOf,
        }),
      ],
    });
  };
  const within = (date: IsoDate, days: number): boolean => asOf <= date && date <= addDays(asOf, days);
  for (const member of snapshot.members) {
    const adulthood = birthdayAtAge(member.birthDate, ADULT_AGE);
    const inSchool = member.student?.fullTime === true;
    if (config.STUDENT.enabled && inSchool && within(adulthood, config.STUDENT.adulthoodLookaheadDays)) {
      push(
        'STUDENT',
        member.id,
        adulthood,
        `${member.name}将于${formatChineseDate(adulthood)}年满18周岁，仍在校就读`,
        '核实在学情况，确认成年在校子女的家庭成员身份或特困继续供养',
      );
    }
    const isExtremePovertyMinor = member.programmes?.includes('extreme-poverty') === true;
    if (config.EXPIRY.enabled && isExtremePovertyMinor && within(adulthood, config.EXPIRY.daysBefore)) {
      push(
        'EXPIRY',
        member.id,
        adulthood,
        `特困供养未成年人${member.name}将于${formatChineseDate(adulthood)}年满18周岁`,
        '核查在学情况：在义务教育、普通高中或中职就读的继续供养，否则启动终止程序',
      );
    }
  }
  if (config.EXPIRY.enabled) {
    const rigid = snapshot.rigidValidUntil ?? null;
    if (rigid !== null && within(rigid, config.EXPIRY.daysBefore)) {
      push(
        'EXPIRY',
        null,
        rigid,
        `刚性支出困难家庭认定有效期将于${formatChineseDate(rigid)}届满`,
        '告知家庭期满重新申请，已提交且无变化的材料无需重复提交',
      );
    }
    const exit = snapshot.gradualExitEndsOn ?? null;
    if (exit !== null && within(exit, config.EXPIRY.daysBefore)) {
      push('EXPIRY', null, exit, `低保渐退期将于${formatChineseDate(exit)}结束`, '渐退期满停发低保金并书面告知，同时评估低保边缘家庭');
    }
  }
  return result;
};
