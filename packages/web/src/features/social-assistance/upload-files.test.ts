import { describe, expect, it } from 'vitest';
import { bytesToBase64, formatBytes, importErrorRows, isXlsxName } from './upload-files';

describe('bytesToBase64', () => {
  it('encodes like Node does, also for large inputs', () => {
    const small = new TextEncoder().encode('民政');
    expect(bytesToBase64(small)).toBe(Buffer.from(small).toString('base64'));
    const large = new Uint8Array(200_000).map((_, i) => i % 251);
    expect(bytesToBase64(large)).toBe(Buffer.from(large).toString('base64'));
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });
});

describe('importErrorRows', () => {
  it('lists row, column and the bare message, in row order', () => {
    expect(
      importErrorRows([
        { path: '第12行 公民身份号码', row: 12, column: '公民身份号码', code: 'X', message: '第12行“公民身份号码”：校验码不正确' },
        { path: '第3行 姓名', row: 3, column: '姓名', code: 'REQUIRED', message: '不能为空' },
        { path: 'file', code: 'EMPTY', message: '文件中没有数据行' },
      ]),
    ).toEqual([
      { key: 2, row: null, column: '', message: '文件中没有数据行' },
      { key: 1, row: 3, column: '姓名', message: '不能为空' },
      { key: 0, row: 12, column: '公民身份号码', message: '校验码不正确' },
    ]);
  });
});

describe('file helpers', () => {
  it('accepts only .xlsx and formats sizes', () => {
    expect(isXlsxName('救助家庭.XLSX')).toBe(true);
    expect(isXlsxName('a.xls')).toBe(false);
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2.0 KB');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5.0 MB');
  });
});
