import { deflateSync } from 'node:zlib';

// A bar chart drawn into a raw RGBA buffer and encoded as PNG with node:zlib — no browser, no
// native canvas. Numbers (axis ticks, bar values, years) use a built-in 3×5 pixel digit font;
// Chinese captions are written by the report next to the image.

export type Rgb = readonly [number, number, number];
export type BarChart = {
  width: number;
  height: number;
  bars: { label: string; value: number | null; colour: Rgb }[];
  /** Horizontal reference lines: target (red), interim target, baseline (grey). */
  lines: { value: number; colour: Rgb; dashed?: boolean }[];
};

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export const crc32 = (data: Buffer) => {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

const chunk = (type: string, data: Buffer) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/** PNG (colour type 6, 8-bit RGBA, filter 0 on every scanline). */
export const encodePng = (width: number, height: number, rgba: Buffer) => {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8);
  header.writeUInt8(6, 9);
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y += 1) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

const GLYPHS: Record<string, string[]> = {
  '0': ['111', '101', '101', '101', '111'],
  '1': ['010', '110', '010', '010', '111'],
  '2': ['111', '001', '111', '100', '111'],
  '3': ['111', '001', '111', '001', '111'],
  '4': ['101', '101', '111', '001', '001'],
  '5': ['111', '100', '111', '001', '111'],
  '6': ['111', '100', '111', '101', '111'],
  '7': ['111', '001', '010', '010', '010'],
  '8': ['111', '101', '111', '101', '111'],
  '9': ['111', '101', '111', '001', '111'],
  '.': ['000', '000', '000', '000', '010'],
  '-': ['000', '000', '111', '000', '000'],
  '%': ['101', '001', '010', '100', '101'],
};

class Canvas {
  readonly data: Buffer;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.data = Buffer.alloc(width * height * 4, 255);
  }
  pixel(x: number, y: number, [r, g, b]: Rgb) {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const i = (Math.round(y) * this.width + Math.round(x)) * 4;
    this.data[i] = r;
    this.data[i + 1] = g;
    this.data[i + 2] = b;
    this.data[i + 3] = 255;
  }
  rect(x: number, y: number, w: number, h: number, colour: Rgb) {
    for (let yy = Math.round(y); yy < Math.round(y + h); yy += 1) {
      for (let xx = Math.round(x); xx < Math.round(x + w); xx += 1) this.pixel(xx, yy, colour);
    }
  }
  hline(x1: number, x2: number, y: number, colour: Rgb, dashed = false, thickness = 1) {
    for (let x = Math.round(x1); x <= Math.round(x2); x += 1) {
      if (dashed && Math.floor((x - x1) / 6) % 2 === 1) continue;
      for (let t = 0; t < thickness; t += 1) this.pixel(x, y + t, colour);
    }
  }
  vline(x: number, y1: number, y2: number, colour: Rgb) {
    for (let y = Math.round(y1); y <= Math.round(y2); y += 1) this.pixel(x, y, colour);
  }
  /** Text in the digit font, `scale` pixels per font pixel; x is the centre when `centre`. */
  text(value: string, x: number, y: number, colour: Rgb, scale = 2, centre = true) {
    const chars = [...value].filter((c) => GLYPHS[c]);
    const advance = 4 * scale;
    let cx = centre ? x - (chars.length * advance - scale) / 2 : x;
    for (const c of chars) {
      const glyph = GLYPHS[c] ?? [];
      glyph.forEach((row, gy) =>
        [...row].forEach((bit, gx) => bit === '1' && this.rect(cx + gx * scale, y + gy * scale, scale, scale, colour)),
      );
      cx += advance;
    }
  }
}

const niceMax = (value: number) => {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((s) => s * magnitude >= value) ?? 10;
  return step * magnitude;
};

const label = (value: number) => (Math.abs(value) >= 100 ? String(Math.round(value)) : String(Math.round(value * 10) / 10));

export const renderBarChart = (chart: BarChart): Buffer => {
  const canvas = new Canvas(chart.width, chart.height);
  const left = 56;
  const right = chart.width - 16;
  const top = 16;
  const bottom = chart.height - 34;
  const values = [...chart.bars.flatMap((b) => (b.value === null ? [] : [b.value])), ...chart.lines.map((l) => l.value)];
  const max = niceMax(Math.max(0, ...values) * 1.08);
  const yOf = (v: number) => bottom - ((bottom - top) * Math.max(0, v)) / max;
  const grey: Rgb = [120, 120, 120];
  for (let i = 0; i <= 5; i += 1) {
    const v = (max * i) / 5;
    canvas.hline(left, right, yOf(v), i === 0 ? grey : [225, 225, 225]);
    canvas.text(label(v), left - 6 - label(v).length * 4, yOf(v) - 5, grey, 2, false);
  }
  canvas.vline(left, top, bottom, grey);
  const slot = (right - left) / Math.max(1, chart.bars.length);
  chart.bars.forEach((bar, i) => {
    const cx = left + slot * (i + 0.5);
    const w = Math.min(56, slot * 0.55);
    if (bar.value !== null) {
      canvas.rect(cx - w / 2, yOf(bar.value), w, bottom - yOf(bar.value), bar.colour);
      canvas.text(label(bar.value), cx, yOf(bar.value) - 14, [40, 40, 40]);
    }
    canvas.text(bar.label, cx, bottom + 10, [40, 40, 40]);
  });
  for (const line of chart.lines) canvas.hline(left + 1, right, yOf(line.value), line.colour, line.dashed ?? false, 2);
  return encodePng(chart.width, chart.height, canvas.data);
};
