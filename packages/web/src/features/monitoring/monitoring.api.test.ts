import { describe, expect, it } from 'vitest';
import { fileNameFromDisposition, monitoringUrls } from './monitoring.api';
import { monitoringPaths } from './monitoring-paths';

describe('fileNameFromDisposition', () => {
  it('decodes the UTF-8 file name of a report', () => {
    const header = `attachment; filename*=UTF-8''${encodeURIComponent('《文山州规划》2024年度监测分析报告.docx')}`;
    expect(fileNameFromDisposition(header, 'x.docx')).toBe('《文山州规划》2024年度监测分析报告.docx');
  });
  it('falls back to a plain name or the given one', () => {
    expect(fileNameFromDisposition('attachment; filename="a.xlsx"', 'x')).toBe('a.xlsx');
    expect(fileNameFromDisposition(null, 'x.xlsx')).toBe('x.xlsx');
    expect(fileNameFromDisposition("attachment; filename*=UTF-8''%E0%A4%A", 'x.xlsx')).toBe('x.xlsx');
  });
});

describe('monitoring urls and paths', () => {
  it('builds API urls with only the given query', () => {
    expect(monitoringUrls.overview(3, { divisionId: null, year: 2024 })).toBe('/api/monitoring/plans/3/overview?year=2024');
    expect(monitoringUrls.map(310, { planId: 3, indicatorId: null })).toBe('/api/monitoring/map/310?planId=3');
    expect(monitoringUrls.report(3, 'docx', { kind: 'midterm', divisionId: 2867 })).toBe(
      '/api/monitoring/plans/3/report.docx?kind=midterm&divisionId=2867',
    );
  });
  it('keeps the division and year of a view in its path', () => {
    expect(monitoringPaths.indicator(3, 42, { unit: 2867, year: 2024 })).toBe('/monitoring/plans/3/indicators/42?unit=2867&year=2024');
    expect(monitoringPaths.drill(3, { unit: 310, indicator: null })).toBe('/monitoring/plans/3/drill?unit=310');
  });
});
