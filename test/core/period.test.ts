import { findPeriod, parsePeriodText } from '../../src/core/parse/period';

const p = (t: string, rule: '15-14' | 'calendar' = '15-14') => {
  const r = parsePeriodText(t, rule);
  return r && { from: r.from, to: r.to };
};

describe('reporting period', () => {
  it('reads explicit ranges', () => {
    expect(p('Kỳ báo cáo: từ ngày 15/3/2024 đến ngày 14/4/2024')).toEqual({
      from: '2024-03-15',
      to: '2024-04-14',
    });
    expect(p('(Từ ngày 01/01/2024 đến ngày 30/4/2024)')).toEqual({ from: '2024-01-01', to: '2024-04-30' });
    expect(p('Từ ngày 12/9/2024 đến ngày 12/10/2024')).toEqual({ from: '2024-09-12', to: '2024-10-12' });
    expect(p('Từ 15-09-2024 đến 14-10-2024')).toEqual({ from: '2024-09-15', to: '2024-10-14' });
  });

  it('reads decomposed (NFD) text', () => {
    expect(p('Kỳ báo cáo: từ ngày 15/3/2024 đến ngày 14/4/2024'.normalize('NFD'))).toEqual({
      from: '2024-03-15',
      to: '2024-04-14',
    });
  });

  it('reads "tính đến" as cumulative from the start of the year', () => {
    expect(p('thực hiện đạt 99,72% (tính đến 31/7/2023)')).toEqual({ from: '2023-01-01', to: '2023-07-31' });
  });

  it('follows NĐ 09/2019 (15th to 14th) for named periods, or calendar months', () => {
    expect(p('Báo cáo 6 tháng đầu năm 2023')).toEqual({ from: '2022-12-15', to: '2023-06-14' });
    expect(p('6 tháng đầu năm 2023', 'calendar')).toEqual({ from: '2023-01-01', to: '2023-06-30' });
    expect(p('Quý I/2024')).toEqual({ from: '2023-12-15', to: '2024-03-14' });
    expect(p('Quý II năm 2024', 'calendar')).toEqual({ from: '2024-04-01', to: '2024-06-30' });
    expect(p('Tháng 4/2024')).toEqual({ from: '2024-03-15', to: '2024-04-14' });
    expect(p('Tháng 2/2024', 'calendar')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(p('Báo cáo năm 2023')).toEqual({ from: '2022-12-15', to: '2023-12-14' });
  });

  it('rejects impossible dates and falls back to the sheet name', () => {
    expect(p('từ ngày 31/2/2024 đến ngày 14/4/2024')).toBeNull();
    expect(findPeriod(['UBND HUYỆN AN LÃO'], 'Tháng 4-2024', '15-14')).toMatchObject({
      from: '2024-03-15',
      to: '2024-04-14',
    });
  });
});
