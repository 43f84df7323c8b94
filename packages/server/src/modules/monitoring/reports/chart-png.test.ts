import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, encodePng, renderBarChart } from './chart-png';

describe('PNG chart without a browser', () => {
  it('writes a valid PNG: signature, IHDR with matching CRC, IDAT that inflates to the scanlines', () => {
    const png = renderBarChart({
      width: 200,
      height: 100,
      bars: [
        { label: '2021', value: 10, colour: [0, 0, 255] },
        { label: '2022', value: null, colour: [0, 0, 255] },
      ],
      lines: [{ value: 12, colour: [255, 0, 0], dashed: true }],
    });
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([200, 100]);
    expect(png.readUInt32BE(29)).toBe(crc32(png.subarray(12, 29)));
    const idatLength = png.readUInt32BE(33);
    expect(png.subarray(37, 41).toString('ascii')).toBe('IDAT');
    const raw = inflateSync(png.subarray(41, 41 + idatLength));
    expect(raw.length).toBe((200 * 4 + 1) * 100);
    const blue = [...Array(100).keys()].some((y) => {
      const row = raw.subarray(y * 801 + 1, (y + 1) * 801);
      return [...Array(200).keys()].some((x) => row[x * 4] === 0 && row[x * 4 + 2] === 255);
    });
    expect(blue).toBe(true);
  });
  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('IEND'))).toBe(0xae426082);
    expect(
      encodePng(1, 1, Buffer.from([0, 0, 0, 255]))
        .subarray(-8, -4)
        .toString('ascii'),
    ).toBe('IEND');
  });
});
