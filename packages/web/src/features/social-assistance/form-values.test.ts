import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { toIsoDates } from './form-values';

describe('toIsoDates', () => {
  it('turns picker values into contract dates at any depth', () => {
    expect(
      toIsoDates(
        {
          on: dayjs('2025-09-29'),
          homeVisit: { visitedOn: dayjs('2025-09-30') },
          range: [dayjs('2025-03-01'), dayjs('2025-08-01')],
          fromMonth: dayjs('2025-03-15'),
          name: '张三',
          count: 2,
          empty: null,
        },
        ['fromMonth', 'range'],
      ),
    ).toEqual({
      on: '2025-09-29',
      homeVisit: { visitedOn: '2025-09-30' },
      range: ['2025-03', '2025-08'],
      fromMonth: '2025-03',
      name: '张三',
      count: 2,
      empty: null,
    });
  });
});
