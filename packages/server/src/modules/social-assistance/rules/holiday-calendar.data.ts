// Public holidays (放假) and adjusted working days (调休上班日) as published each year by the General Office
// of the State Council (国务院办公厅关于YYYY年部分节假日安排的通知). Every date inside a holiday range is a
// day off, including weekend days; every adjusted working day is a Saturday or Sunday that is worked.
// The dates were cross-checked against the published texts (2026: Xinhua release of 2025-11-04) and the
// NateScarlet/holiday-cn data set; the document numbers (文号) are quoted from memory and not re-verified.
// Add the next year when its notice appears (usually in November of the year before): the calendar
// refuses dates in years it has no notice for.
import type { IsoDate } from './calendar-date';

export type HolidayPeriod = { name: string; from: IsoDate; to: IsoDate };

export type HolidayNotice = {
  year: number;
  source: string;
  holidays: readonly HolidayPeriod[];
  adjustedWorkingDays: readonly IsoDate[];
};

export const HOLIDAY_NOTICES: readonly HolidayNotice[] = [
  {
    year: 2021,
    source: '国务院办公厅关于2021年部分节假日安排的通知（国办发明电〔2020〕27号）',
    holidays: [
      { name: '元旦', from: '2021-01-01', to: '2021-01-03' },
      { name: '春节', from: '2021-02-11', to: '2021-02-17' },
      { name: '清明节', from: '2021-04-03', to: '2021-04-05' },
      { name: '劳动节', from: '2021-05-01', to: '2021-05-05' },
      { name: '端午节', from: '2021-06-12', to: '2021-06-14' },
      { name: '中秋节', from: '2021-09-19', to: '2021-09-21' },
      { name: '国庆节', from: '2021-10-01', to: '2021-10-07' },
    ],
    adjustedWorkingDays: ['2021-02-07', '2021-02-20', '2021-04-25', '2021-05-08', '2021-09-18', '2021-09-26', '2021-10-09'],
  },
  {
    year: 2022,
    source: '国务院办公厅关于2022年部分节假日安排的通知（国办发明电〔2021〕11号）',
    holidays: [
      { name: '元旦', from: '2022-01-01', to: '2022-01-03' },
      { name: '春节', from: '2022-01-31', to: '2022-02-06' },
      { name: '清明节', from: '2022-04-03', to: '2022-04-05' },
      { name: '劳动节', from: '2022-04-30', to: '2022-05-04' },
      { name: '端午节', from: '2022-06-03', to: '2022-06-05' },
      { name: '中秋节', from: '2022-09-10', to: '2022-09-12' },
      { name: '国庆节', from: '2022-10-01', to: '2022-10-07' },
    ],
    adjustedWorkingDays: ['2022-01-29', '2022-01-30', '2022-04-02', '2022-04-24', '2022-05-07', '2022-10-08', '2022-10-09'],
  },
  {
    year: 2023,
    source: '国务院办公厅关于2023年部分节假日安排的通知（国办发明电〔2022〕16号）',
    holidays: [
      { name: '元旦', from: '2022-12-31', to: '2023-01-02' },
      { name: '春节', from: '2023-01-21', to: '2023-01-27' },
      { name: '清明节', from: '2023-04-05', to: '2023-04-05' },
      { name: '劳动节', from: '2023-04-29', to: '2023-05-03' },
      { name: '端午节', from: '2023-06-22', to: '2023-06-24' },
      { name: '中秋节、国庆节', from: '2023-09-29', to: '2023-10-06' },
    ],
    adjustedWorkingDays: ['2023-01-28', '2023-01-29', '2023-04-23', '2023-05-06', '2023-06-25', '2023-10-07', '2023-10-08'],
  },
  {
    year: 2024,
    source: '国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号）',
    holidays: [
      { name: '元旦', from: '2024-01-01', to: '2024-01-01' },
      { name: '春节', from: '2024-02-10', to: '2024-02-17' },
      { name: '清明节', from: '2024-04-04', to: '2024-04-06' },
      { name: '劳动节', from: '2024-05-01', to: '2024-05-05' },
      { name: '端午节', from: '2024-06-10', to: '2024-06-10' },
      { name: '中秋节', from: '2024-09-15', to: '2024-09-17' },
      { name: '国庆节', from: '2024-10-01', to: '2024-10-07' },
    ],
    adjustedWorkingDays: ['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12'],
  },
  {
    // First year under the 2024 revision of 《全国年节及纪念日放假办法》 (除夕 and 5月2日 added).
    year: 2025,
    source: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）',
    holidays: [
      { name: '元旦', from: '2025-01-01', to: '2025-01-01' },
      { name: '春节', from: '2025-01-28', to: '2025-02-04' },
      { name: '清明节', from: '2025-04-04', to: '2025-04-06' },
      { name: '劳动节', from: '2025-05-01', to: '2025-05-05' },
      { name: '端午节', from: '2025-05-31', to: '2025-06-02' },
      { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08' },
    ],
    adjustedWorkingDays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  {
    year: 2026,
    source: '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）',
    holidays: [
      { name: '元旦', from: '2026-01-01', to: '2026-01-03' },
      { name: '春节', from: '2026-02-15', to: '2026-02-23' },
      { name: '清明节', from: '2026-04-04', to: '2026-04-06' },
      { name: '劳动节', from: '2026-05-01', to: '2026-05-05' },
      { name: '端午节', from: '2026-06-19', to: '2026-06-21' },
      { name: '中秋节', from: '2026-09-25', to: '2026-09-27' },
      { name: '国庆节', from: '2026-10-01', to: '2026-10-07' },
    ],
    adjustedWorkingDays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
];
