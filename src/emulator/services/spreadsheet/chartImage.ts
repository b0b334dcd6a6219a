// A chart drawn as a PNG image (EmbeddedChart.getAs('image/png')): one bar per data row and series, scaled to the
// largest value, so the image changes with the chart's data. Google draws far richer images; what the project relies
// on is a valid PNG of the chart's current data.
import { deflateSync } from 'node:zlib';

const WIDTH = 480;
const HEIGHT = 270;
const MARGIN = 16;
const PALETTE: [number, number, number][] = [
  [66, 133, 244],
  [219, 68, 55],
  [244, 180, 0],
  [15, 157, 88],
  [171, 71, 188],
];

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes RGB pixels (row-major, 3 bytes each) as a PNG file (colour type 2, 8 bits, filter 0 on every line). */
export function encodePng(width: number, height: number, rgb: Uint8Array): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++)
    Buffer.from(rgb.buffer, rgb.byteOffset + y * width * 3, width * 3).copy(raw, y * (width * 3 + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 2;
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Draws series (one array of numbers per series, one entry per category) as grouped bars on white, with an axis
 * line. Non-numbers count as 0.
 */
export function drawChartPng(series: number[][]): Buffer {
  const rgb = new Uint8Array(WIDTH * HEIGHT * 3).fill(255);
  const fill = (x0: number, y0: number, w: number, h: number, [r, g, b]: [number, number, number]) => {
    for (let y = Math.max(0, y0); y < Math.min(HEIGHT, y0 + h); y++)
      for (let x = Math.max(0, x0); x < Math.min(WIDTH, x0 + w); x++) {
        const i = (y * WIDTH + x) * 3;
        rgb[i] = r;
        rgb[i + 1] = g;
        rgb[i + 2] = b;
      }
  };
  const base = HEIGHT - MARGIN;
  fill(MARGIN, base, WIDTH - 2 * MARGIN, 1, [96, 96, 96]);
  const categories = Math.max(0, ...series.map((s) => s.length));
  const max = Math.max(0, ...series.flat().filter((v) => Number.isFinite(v)));
  if (categories > 0 && max > 0) {
    const slot = (WIDTH - 2 * MARGIN) / categories;
    const bar = Math.max(1, Math.floor((slot * 0.8) / Math.max(1, series.length)));
    series.forEach((s, k) => {
      s.forEach((v, i) => {
        const h = Number.isFinite(v) && v > 0 ? Math.round((v / max) * (base - MARGIN)) : 0;
        const x = Math.round(MARGIN + i * slot + slot * 0.1 + k * bar);
        fill(x, base - h, bar, h, PALETTE[k % PALETTE.length]!);
      });
    });
  }
  return encodePng(WIDTH, HEIGHT, rgb);
}
