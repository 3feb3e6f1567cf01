// Draws the extension icon (a page with lines of text and a timeline dot) as PNGs in public/icons.
// Run once after changing the design: `npx tsx scripts/make-icons.ts`.
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

type Rgba = [number, number, number, number];

function png(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel(x, y), 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const BLUE: Rgba = [0x1d, 0x4e, 0xd8, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const AMBER: Rgba = [0xf5, 0x9e, 0x0b, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

function icon(size: number): Buffer {
  return png(size, (px, py) => {
    // Sample at the pixel centre in unit coordinates.
    const x = (px + 0.5) / size;
    const y = (py + 0.5) / size;
    const r = 0.2;
    const cx = Math.min(Math.max(x, r), 1 - r);
    const cy = Math.min(Math.max(y, r), 1 - r);
    if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return CLEAR;
    if ((x - 0.27) ** 2 + (y - 0.73) ** 2 < 0.011) return AMBER;
    const lines = [0.28, 0.43, 0.58];
    const widths = [0.52, 0.44, 0.3];
    for (const [i, top] of lines.entries()) {
      if (y > top && y < top + 0.075 && x > 0.22 && x < 0.22 + (widths[i] ?? 0)) return WHITE;
    }
    return BLUE;
  });
}

mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) {
  writeFileSync(`public/icons/icon-${String(size)}.png`, icon(size));
}
