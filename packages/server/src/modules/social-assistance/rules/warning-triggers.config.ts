// Configuration and input types of the dynamic-monitoring warning triggers (rules doc §5.4).
import { LOW_INCOME_CATEGORIES, LOW_INCOME_WARNING_CODES } from '@mz/shared';
import type { IsoDate } from './calendar-date';
import type { Disability, StudentStage, StudentStatus } from './inputs';
import type { BasisPoints, Fen } from './money';

/** The warning codes (§5.4): the one list in @mz/shared. */
export const WARNING_CODES = LOW_INCOME_WARNING_CODES;
export type WarningCode = (typeof WARNING_CODES)[number];

/** Monitored groups (39号 §二, incl. 防止返贫监测对象): the low-income categories of @mz/shared. */
export const MONITORED_PROGRAMMES = LOW_INCOME_CATEGORIES;
export type MonitoredProgramme = (typeof MONITORED_PROGRAMMES)[number];

export type MonitoredMember = {
  id: string;
  name: string;
  birthDate: IsoDate;
  student?: StudentStatus | null;
  /** Individual status, e.g. a 特困 minor or a 单人户 inside a family. */
  programmes?: readonly MonitoredProgramme[];
};

export type MonitoringSnapshot = {
  householdId: string;
  programmes: readonly MonitoredProgramme[];
  members: readonly MonitoredMember[];
  /** Household income over the last 12 months (for MED_OOP_HIGH). */
  income12MonthsFen: Fen;
  rigidValidUntil?: IsoDate | null;
  /** Last day of a running 渐退期. */
  gradualExitEndsOn?: IsoDate | null;
};

export type MonitoringEvent =
  | { kind: 'medical-settlement'; memberId: string; occurredOn: IsoDate; outOfPocketFen: Fen }
  | {
      kind: 'disability-certificate';
      memberId: string;
      occurredOn: IsoDate;
      disability: Disability;
    }
  | {
      kind: 'major-illness-diagnosis';
      memberId: string;
      occurredOn: IsoDate;
      diagnosis: string;
      onLocalList: boolean;
    }
  | { kind: 'unemployment-registration'; memberId: string; occurredOn: IsoDate }
  | { kind: 'death'; memberId: string; occurredOn: IsoDate }
  | { kind: 'employment' | 'social-insurance-contribution'; memberId: string; occurredOn: IsoDate }
  | {
      kind: 'vehicle-registration' | 'real-estate-registration' | 'business-registration';
      memberId: string;
      occurredOn: IsoDate;
      description: string;
    }
  | { kind: 'school-enrolment'; memberId: string; occurredOn: IsoDate; stage: StudentStage }
  | { kind: 'disaster-victim'; occurredOn: IsoDate; description: string };

export type WarningTriggerConfig = {
  MED_OOP_HIGH: {
    enabled: boolean;
    incomeShare: BasisPoints;
    fixedAmountFen: Fen | null;
    windowMonths: number;
  };
  DISAB_NEW: { enabled: boolean };
  ILLNESS_MAJOR: { enabled: boolean };
  UNEMP_REG: { enabled: boolean; workingAge: { from: number; to: number } };
  DEATH: { enabled: boolean; reviewWithinMonths: number };
  INCOME_UP: { enabled: boolean };
  ASSET_CHANGE: { enabled: boolean };
  STUDENT: { enabled: boolean; stages: readonly StudentStage[]; adulthoodLookaheadDays: number };
  DISASTER: { enabled: boolean };
  EXPIRY: { enabled: boolean; daysBefore: number };
};

export const DEFAULT_WARNING_TRIGGER_CONFIG: WarningTriggerConfig = {
  MED_OOP_HIGH: { enabled: true, incomeShare: 5_000, fixedAmountFen: null, windowMonths: 12 },
  DISAB_NEW: { enabled: true },
  ILLNESS_MAJOR: { enabled: true },
  UNEMP_REG: { enabled: true, workingAge: { from: 16, to: 60 } },
  DEATH: { enabled: true, reviewWithinMonths: 3 },
  INCOME_UP: { enabled: true },
  ASSET_CHANGE: { enabled: true },
  STUDENT: {
    enabled: true,
    stages: ['senior-high', 'secondary-vocational', 'junior-college', 'undergraduate'],
    adulthoodLookaheadDays: 30,
  },
  DISASTER: { enabled: true },
  EXPIRY: { enabled: true, daysBefore: 30 },
};
