// @ts-check
// Draws the toolbar/store icon (a padlock with a check mark on a dark-blue rounded square) at 16, 32, 48
// and 128 px into public/icons/. Run once after changing the design: `node scripts/make-icons.mjs`.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { crc32 } from './zip.mjs';

/** @param {string} type @param {Buffer} data */
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
/** @param {number} size @param {(x: number, y: number) => [number, number, number, number]} shade */
function png(size, shade) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = shade(x, y);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * What the design shows at point (u, v) of the unit square: 0 = background, 1 = tile, 2 = white mark.
 * @param {number} u @param {number} v
 */
function design(u, v) {
  const r = 0.18;
  const dx = Math.max(0, Math.abs(u - 0.5) - (0.5 - r));
  const dy = Math.max(0, Math.abs(v - 0.5) - (0.5 - r));
  if (dx * dx + dy * dy > r * r) return 0;
  // Shackle: a ring above the lock body.
  const ring = Math.hypot(u - 0.5, v - 0.42);
  if (v < 0.45 && ring > 0.14 && ring < 0.22) return 2;
  // Body with a check mark cut out.
  if (u > 0.24 && u < 0.76 && v > 0.42 && v < 0.82) {
    const onCheck =
      distToSegment(u, v, 0.36, 0.62, 0.46, 0.72) < 0.045 ||
      distToSegment(u, v, 0.46, 0.72, 0.65, 0.52) < 0.045;
    return onCheck ? 1 : 2;
  }
  return 1;
}
/** @param {number} px @param {number} py @param {number} ax @param {number} ay @param {number} bx @param {number} by */
function distToSegment(px, py, ax, ay, bx, by) {
  const t = Math.max(
    0,
    Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

const TILE = [0x0b, 0x3d, 0x6e];
for (const size of [16, 32, 48, 128]) {
  const ss = 4; // supersampling for smooth edges
  const image = png(size, (x, y) => {
    let tile = 0;
    let mark = 0;
    for (let i = 0; i < ss; i++)
      for (let j = 0; j < ss; j++) {
        const d = design((x + (i + 0.5) / ss) / size, (y + (j + 0.5) / ss) / size);
        if (d === 1) tile++;
        if (d === 2) mark++;
      }
    const n = ss * ss;
    const a = (tile + mark) / n;
    if (a === 0) return [0, 0, 0, 0];
    const w = mark / (tile + mark);
    const c = TILE.map((t) => Math.round(t + (255 - t) * w));
    return [c[0] ?? 0, c[1] ?? 0, c[2] ?? 0, Math.round(a * 255)];
  });
  writeFileSync(new URL(`../public/icons/icon-${size}.png`, import.meta.url), image);
}
