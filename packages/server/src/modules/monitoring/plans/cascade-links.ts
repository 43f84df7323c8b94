import type { TCascadeLink } from '@mz/shared';

// How each seed indicator relates to the national plan (seeds-digest §7.1 and
// indicator-definitions §2/§3). This is curated judgement, not text read from the seeds:
// - same: the same definition; the local target is directly comparable.
// - decomposed: a local share of a national total (counts: staff, social workers, outlets).
// - proxy: a related local measure that stands in for the national one.
// - local_only: no national counterpart; `localConcept` groups the same concept across plans.

/** Local-only concepts that several plans share (rows of the §7.1 matrix without a national code). */
export const LOCAL_CONCEPTS = [
  { key: 'L01', name: '节地生态安葬率' },
  { key: 'L02', name: '特困人员集中供养率' },
] as const;
export type LocalConceptKey = (typeof LOCAL_CONCEPTS)[number]['key'];

function same(nationalCode: string, note: string | null = null): TCascadeLink {
  return { kind: 'same', nationalCodes: [nationalCode], localConcept: null, note };
}

function decomposed(nationalCode: string, note: string): TCascadeLink {
  return { kind: 'decomposed', nationalCodes: [nationalCode], localConcept: null, note };
}

function proxy(nationalCodes: string[], note: string): TCascadeLink {
  return { kind: 'proxy', nationalCodes, localConcept: null, note };
}

function localOnly(localConcept: LocalConceptKey | null = null, note: string | null = null): TCascadeLink {
  return { kind: 'local_only', nationalCodes: [], localConcept, note };
}

const NATIONAL_CODES = [
  'N01',
  'N02',
  'N03',
  'N04',
  'N05',
  'N06',
  'N07',
  'N08',
  'N09',
  'N10',
  'N11',
  'N12',
  'N13',
  'N14',
  'N15',
  // 每万名城镇常住人口拥有社区工作者 18: national target stated in the text of 001, not its table.
  'NT01',
] as const;

const NATIONAL_LINKS = Object.fromEntries(NATIONAL_CODES.map((code) => [code, same(code)]));

export const CASCADE_LINKS: Readonly<Record<string, TCascadeLink>> = {
  ...NATIONAL_LINKS,
  // 000 广西
  GX01: same('N01'),
  GX02: same('N02'),
  GX03: same('N12'),
  GX04: same('N03'),
  GX05: same('N04'),
  GX06: same('N14'),
  GX07: same('N15'),
  GX08: decomposed('N07', '自治区人数是全国总量的组成部分。'),
  GX09: same('N06', '名称为“建筑面积”，全国表为“面积”。'),
  GX10: decomposed('N08', '自治区人数是全国总量的组成部分。'),
  GX11: localOnly(null, '社会工作服务站乡镇(街道)覆盖率（全国任务为乡镇社工站全覆盖，未列入全国指标表）。'),
  GX12: same('N09'),
  GX13: decomposed('N05', '自治区网点数是全国总量的组成部分。'),
  GX14: same('N10'),
  GX15: same('N11'),
  GX16: same('N13'),
  GXT01: same('NT01', '「城市社区工作者」，正文目标。'),
  // 002 文山
  WS01: same('N02'),
  WS02: proxy(['N06'], '村级综合服务设施覆盖率，代替社区综合服务设施面积。'),
  WS02A: proxy(['N13'], '乡镇级农村公益性公墓（骨灰堂），不是县级公益性安葬设施。'),
  WS03: localOnly('L01'),
  WS04: proxy(['N03', 'N04'], '两项补贴合并为一个目标群体覆盖率。'),
  WS05: same('N12'),
  WS06: same('N10', '文山列为约束性，全国为预期性。'),
  WS07: proxy(['N15'], '社区日间照料机构覆盖率，代替乡镇综合养老服务机构覆盖率。'),
  WS08: same('N14'),
  WS09: localOnly('L02', '分母为有集中供养意愿的特困人员。'),
  WS10: proxy(['N11'], '未成年人保护热线开通率，与工作站覆盖率同列（digest §7.1）。'),
  WS11: proxy(['N08'], '占全州人口比例，不是人数。'),
  WS12: proxy(['N09'], '注册志愿者占居民人口比例，不是志愿服务站点覆盖率。'),
  WS13: localOnly(),
  WST01: proxy(['N11'], '工作站或工作专干全覆盖（正文目标），口径宽于仅计工作站。'),
  // 003 开平
  KP01: same('N01'),
  KP02: proxy(['N02'], '补差最低标准之比，不是低保标准之比。'),
  KP03: same('N14'),
  KP04: localOnly('L02', '分母为生活不能自理的特困人员。'),
  KP05: same('N11'),
  KP06: same('N06'),
  KP07: same('NT01'),
  // 004 厦门
  XM01: proxy(['N01'], '低保标准占上年度月人均消费支出的比例（水平挂钩），不是增速比较。'),
  XM02: same('N11', '镇(街)。'),
  XM03: proxy(['N11'], '区级未成年人保护机构（对应全国专栏6县级救助保护机构），digest §7.1 与工作站同列。'),
  XM04: localOnly(),
  XM05: localOnly(),
  XM06: same('N14'),
  XM07: localOnly(),
  XM08: localOnly(),
  XM09: same('N15', '镇(街)。'),
  XM10: same('N06', '仅“社区服务设施”。'),
  XM11: decomposed('N05', '全市网点数是全国总量的组成部分。'),
  XM12: proxy(['N08'], '占总人口比例，不是人数。'),
  XM13: same('N09'),
  XM14: localOnly(),
  XM15: localOnly(),
  XM16: localOnly('L01'),
  XM17: same('N13', '厦门县级单位均为市辖区，“区级”即县级。'),
  XM18: same('N12'),
  XM19: same('N10'),
  XMT01: localOnly('L02', '有集中供养意愿的特困人员（正文目标）。'),
};

export function requireCascadeLink(code: string): TCascadeLink {
  const link = CASCADE_LINKS[code];
  if (link === undefined) {
    throw new Error(`No cascade link defined for indicator ${code}`);
  }
  return link;
}
