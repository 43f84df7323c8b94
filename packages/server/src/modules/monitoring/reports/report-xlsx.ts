import ExcelJS from 'exceljs';
import type { ReportData } from './reports.service';

// Excel export of the report's indicator table (same rows, same order as the .docx), with the
// narrative sentence and the 偏离说明 of every indicator.

export const buildReportXlsx = async (data: ReportData): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '民政 Platform';
  const sheet = workbook.addWorksheet('指标监测表');
  const columns = [
    ['序号', 6],
    ['指标编码', 10],
    ['指标', 40],
    ['单位', 8],
    ['属性', 8],
    ['基期值', 10],
    [`${data.year}年值`, 12],
    ['目标值', 14],
    ['达标判定', 10],
    ['时序进度', 10],
    ['分析', 80],
    ['偏离说明', 40],
  ] as const;
  sheet.columns = columns.map(([header, width]) => ({ header, width }));
  sheet.insertRow(1, [data.title]);
  sheet.mergeCells(1, 1, 1, columns.length);
  sheet.getRow(1).font = { bold: true, size: 14 };
  sheet.getRow(2).font = { bold: true };
  for (const r of data.rows) {
    const row = sheet.addRow([
      r.index,
      r.code,
      r.name,
      r.unit ?? '',
      r.attributeLabel,
      r.baselineText,
      r.valueText,
      r.targetText,
      r.targetVerdictText,
      r.scheduleText,
      r.narrative,
      r.deviationNote ?? '',
    ]);
    row.alignment = { wrapText: true, vertical: 'top' };
    if (r.isBindingLagging) row.font = { color: { argb: 'FFC00000' } };
  }
  sheet.addRow([`判定方法：${data.scheduleMethod}`]);
  if (data.hasDemo) sheet.addRow(['说明：含演示数据（非真实统计数据）']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
