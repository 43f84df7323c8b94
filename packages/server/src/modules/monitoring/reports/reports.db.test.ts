import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../../../test/world';
import { loadDemoValues } from '../demo/demo.service';

// With the demo values loaded: dashboards (overview with binding lagging first, drill-down nation →
// province → prefecture → county, map), and the reports as .docx (parsed back with jszip: one table
// row per indicator, the narrative, 公文 page setup, page numbers, chart) and .xlsx.

let w: World;
let wenshanPlan: number;
let nationalPlan: number;

beforeAll(async () => {
  w = await createWorld({ monitoringDemo: true });
  const plans = await w.db.db.selectFrom('monitoring_plan').select(['id', 'seed_id']).execute();
  wenshanPlan = plans.find((p) => p.seed_id === '002')?.id ?? 0;
  nationalPlan = plans.find((p) => p.seed_id === '001')?.id ?? 0;
});
afterAll(async () => w.close());

type Overview = {
  year: number;
  hasDemoData: boolean;
  counts: { bindingLagging: number; noData: number };
  indicators: { code: string; attribute: string | null; isBindingLagging: boolean; latest: { isLagging: boolean } | null }[];
};

describe('demo data', () => {
  it('is marked demo, deterministic and loaded once', async () => {
    const sources = await w.db.db.selectFrom('monitoring_indicator_value').select('source').distinct().execute();
    expect(sources.map((s) => s.source)).toEqual(['demo']);
    const years = await w.db.db.selectFrom('monitoring_indicator_value').select('year').distinct().orderBy('year').execute();
    expect(years.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024]);
    expect(await loadDemoValues(w.db.db)).toBe(0);
    const sample = await w.db.db
      .selectFrom('monitoring_indicator_value as v')
      .innerJoin('monitoring_plan_indicator as i', 'i.id', 'v.plan_indicator_id')
      .innerJoin('division as d', 'd.id', 'v.division_id')
      .select(['v.numerator', 'v.denominator'])
      .where('i.code', '=', 'WS08')
      .where('d.code', '=', '532601')
      .where('v.year', '=', 2024)
      .executeTakeFirstOrThrow();
    expect(sample.numerator).toBeGreaterThan(0);
    expect(sample.numerator).toBeLessThanOrEqual(sample.denominator ?? 0);
  });
});

describe('dashboards', () => {
  it('overview counts verdicts and puts binding lagging indicators first', async () => {
    const o = (await w.as('ws_planner', 'GET', `/api/monitoring/plans/${wenshanPlan}/overview`)).json() as Overview;
    expect(o.year).toBe(2024);
    expect(o.hasDemoData).toBe(true);
    expect(o.indicators).toHaveLength(15);
    const flags = o.indicators.map((i) => (i.isBindingLagging ? 0 : i.latest?.isLagging ? 1 : 2));
    expect([...flags].sort((a, b) => a - b)).toEqual(flags);
    expect(o.counts.bindingLagging).toBe(o.indicators.filter((i) => i.isBindingLagging).length);
  });

  it('drills down nation → province → prefecture → county for the national plan', async () => {
    const nation = await w.divisionId('000000');
    type Drill = {
      children: { division: { id: number; code: string; hasChildren: boolean }; cells: { value: number | null }[] }[];
      ancestors: { code: string }[];
    };
    const drill = async (divisionId: number) =>
      (
        await w.as('mca_planner', 'GET', `/api/monitoring/plans/${nationalPlan}/divisions/${divisionId}/children?year=2024`)
      ).json() as Drill;
    const provinces = await drill(nation);
    const yunnan = provinces.children.find((c) => c.division.code === '530000');
    expect(yunnan?.cells.some((c) => c.value !== null)).toBe(true);
    const prefectures = await drill(yunnan?.division.id ?? 0);
    const wenshan = prefectures.children.find((c) => c.division.code === '532600');
    expect(wenshan?.cells.filter((c) => c.value !== null).length).toBeGreaterThan(10);
    const counties = await drill(wenshan?.division.id ?? 0);
    expect(counties.children).toHaveLength(8);
    expect(counties.children.every((c) => c.cells.some((cell) => cell.value !== null))).toBe(true);
    expect(counties.ancestors.map((a) => a.code)).toEqual(['000000', '530000']);
  });

  it('returns GeoJSON of child divisions joined with verdicts, and a clear refusal below prefecture level', async () => {
    type MapBody = {
      available: boolean;
      message?: string;
      geojson?: { features: { properties: { divisionCode: string; divisionId: number | null; indicatorCount: number; colour: string } }[] };
    };
    const nation = (
      await w.as('mca_planner', 'GET', `/api/monitoring/map/${await w.divisionId('000000')}?planId=${nationalPlan}`)
    ).json() as MapBody;
    expect(nation.available).toBe(true);
    const yn = nation.geojson?.features.find((f) => f.properties.divisionCode === '530000');
    expect(yn?.properties).toMatchObject({ divisionId: await w.divisionId('530000') });
    expect(yn?.properties.indicatorCount).toBeGreaterThan(10);
    const province = (
      await w.as('mca_planner', 'GET', `/api/monitoring/map/${await w.divisionId('530000')}?planId=${nationalPlan}`)
    ).json() as MapBody;
    const ws = province.geojson?.features.find((f) => f.properties.divisionCode === '532600');
    expect(ws?.properties.divisionId).toBe(await w.divisionId('532600'));
    expect(ws?.properties.colour).not.toBe('no_data');
    const prefecture = (
      await w.as('ws_planner', 'GET', `/api/monitoring/map/${await w.divisionId('532600')}?planId=${wenshanPlan}`)
    ).json() as MapBody;
    expect(prefecture).toMatchObject({ available: false });
    expect(prefecture.message).toContain('边界数据');
  });
});

describe('reports', () => {
  const docx = async (query: string) => {
    const r = await w.as('ws_planner', 'GET', `/api/monitoring/plans/${wenshanPlan}/report.docx?${query}`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('wordprocessingml');
    return JSZip.loadAsync(r.rawPayload);
  };
  const text = (xml: string) => xml.replace(/<[^>]+>/g, '');

  it('annual report: a valid .docx with a table row per indicator, narratives, 公文 layout, page numbers and a chart', async () => {
    const zip = await docx('kind=annual');
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const rows = xml.match(/<w:tr[ >]/g) ?? [];
    expect(rows).toHaveLength(15 + 1);
    const plain = text(xml);
    expect(plain).toContain('2024年度监测分析报告');
    expect(plain).toContain('截至2024年，养老机构护理型床位占比为');
    expect(plain).toMatch(/较2020年（30\.0%）(提高|下降)\d+\.\d个百分点/);
    expect(plain).toContain('（约束性指标）');
    for (const heading of ['一、总体情况', '二、主要指标监测情况', '（一）主要指标监测表', '三、偏离说明', '四、下一步工作建议']) {
      expect(plain).toContain(heading);
    }
    expect(plain).toContain('演示数据');
    expect(xml).toContain('w:top="2098"');
    expect(xml).toContain('w:left="1587"');
    expect(xml).toContain('w:line="560" w:lineRule="exact"');
    expect(xml).toContain('方正小标宋简体');
    expect(xml).toContain('仿宋_GB2312');
    const footer = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /word\/footer\d*\.xml/.test(f))
        .map((f) => zip.file(f)?.async('string')),
    );
    expect(footer.join('')).toMatch(/PAGE/);
    expect(text(footer.join(''))).toContain('—');
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const png = await zip.file(media[0] ?? '')?.async('nodebuffer');
    expect(png?.subarray(1, 4).toString('ascii')).toBe('PNG');
  });

  it('mid-term (2023) and final (2025) evaluations', async () => {
    const mid = text((await (await docx('kind=midterm')).file('word/document.xml')?.async('string')) ?? '');
    expect(mid).toContain('中期评估报告');
    expect(mid).toContain('截至2023年');
    const final = text((await (await docx('kind=final')).file('word/document.xml')?.async('string')) ?? '');
    expect(final).toContain('总结评估报告');
    expect(final).toContain('2025年暂无监测数据');
  });

  it('exports the same table as .xlsx', async () => {
    const r = await w.as('ws_planner', 'GET', `/api/monitoring/plans/${wenshanPlan}/report.xlsx?kind=annual`);
    expect(r.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('指标监测表');
    const codes: string[] = [];
    sheet?.eachRow((row, n) => {
      if (n > 2 && typeof row.getCell(2).value === 'string') codes.push(row.getCell(2).value as string);
    });
    expect(codes).toHaveLength(15);
    expect(codes).toContain('WS02A');
  });
});
