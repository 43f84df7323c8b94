import { z } from 'zod';

// 行政区划 levels, top to bottom (GB/T 2260 down to county; statistical codes below).
export const DIVISION_LEVELS = ['nation', 'province', 'prefecture', 'county', 'township', 'village'] as const;
export type DivisionLevel = (typeof DIVISION_LEVELS)[number];

export const DIVISION_LEVEL_LABELS: Record<DivisionLevel, string> = {
  nation: '全国',
  province: '省级',
  prefecture: '地市级',
  county: '县级',
  township: '乡镇（街道）',
  village: '村（社区）',
};

export const DIVISION_CHANGE_KINDS = ['create', 'rename', 'recode', 'reparent', 'merge', 'split', 'abolish'] as const;
export type DivisionChangeKind = (typeof DIVISION_CHANGE_KINDS)[number];

export const DIVISION_CHANGE_LABELS: Record<DivisionChangeKind, string> = {
  create: '设立',
  rename: '更名',
  recode: '代码变更',
  reparent: '隶属关系变更',
  merge: '合并',
  split: '拆分',
  abolish: '撤销',
};

export const ZDivisionSummary = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  level: z.enum(DIVISION_LEVELS),
  parentId: z.number().int().nullable(),
  hasChildren: z.boolean(),
});
export type TDivisionSummary = z.infer<typeof ZDivisionSummary>;

export const ZDivisionVersion = z.object({
  code: z.string(),
  name: z.string(),
  parentId: z.number().int().nullable(),
  /** null: in force since before the source data begins */
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
});

export const ZDivisionChange = z.object({
  id: z.number().int(),
  kind: z.enum(DIVISION_CHANGE_KINDS),
  effectiveOn: z.string(),
  fromDivisionIds: z.array(z.number().int()),
  toDivisionIds: z.array(z.number().int()),
  note: z.string().nullable(),
});

export const ZDivisionDetail = ZDivisionSummary.extend({
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  ancestors: z.array(ZDivisionSummary),
  children: z.array(ZDivisionSummary),
  versions: z.array(ZDivisionVersion),
  changes: z.array(ZDivisionChange),
});
export type TDivisionDetail = z.infer<typeof ZDivisionDetail>;

export const ZDivisionSearchQuery = z.object({
  q: z.string().trim().max(50).optional(),
  level: z.enum(DIVISION_LEVELS).optional(),
  parentId: z.coerce.number().int().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type TDivisionSearchQuery = z.infer<typeof ZDivisionSearchQuery>;

export const ZDivisionChangeRequest = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('rename'),
    divisionId: z.number().int(),
    name: z.string().trim().min(1).max(60),
    effectiveOn: z.string().date(),
    note: z.string().max(500).optional(),
  }),
  z.object({
    kind: z.literal('recode'),
    divisionId: z.number().int(),
    code: z.string().regex(/^\d{6}(\d{3}(\d{3})?)?$/),
    effectiveOn: z.string().date(),
    note: z.string().max(500).optional(),
  }),
  z.object({
    kind: z.literal('reparent'),
    divisionId: z.number().int(),
    parentId: z.number().int(),
    effectiveOn: z.string().date(),
    note: z.string().max(500).optional(),
  }),
  z.object({
    kind: z.literal('merge'),
    fromDivisionIds: z.array(z.number().int()).min(1),
    intoDivisionId: z.number().int(),
    effectiveOn: z.string().date(),
    note: z.string().max(500).optional(),
  }),
]);
export type TDivisionChangeRequest = z.infer<typeof ZDivisionChangeRequest>;
