// Draws media/icon.png (128×128, the marketplace icon) without any image tool: a small
// supersampled rasteriser of rounded rectangles and thick polylines, written as PNG with zlib.
// The picture: a coverage matrix (green / yellow / red cells) between the braces of a tag.
// Run `node scripts/gen-icon.mjs` to regenerate.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const S = 128;
const SS = 4; // samples per pixel side (anti-aliasing)

/** Signed distance to a rounded rectangle (x, y, w, h, r). */
function roundedRect(px, py, x, y, w, h, r) {
  const cx = x + w / 2, cy = y + h / 2;
  const qx = Math.abs(px - cx) - (w / 2 - r), qy = Math.abs(py - cy) - (h / 2 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** Distance to a polyline. */
function polyline(px, py, pts) {
  let d = Infinity;
  for (let i = 0; i + 1 < pts.length; i++) {
    const [ax, ay] = pts[i], [bx, by] = pts[i + 1];
    const vx = bx - ax, vy = by - ay;
    const t = Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / (vx * vx + vy * vy)));
    d = Math.min(d, Math.hypot(px - ax - t * vx, py - ay - t * vy));
  }
  return d;
}

/** A curly brace as a polyline: x0 = its spine, dir = -1 for `{`, +1 for `}`. */
function brace(x0, top, bottom, dir) {
  const pts = [];
  const mid = (top + bottom) / 2, k = 9;
  for (let i = 0; i <= 40; i++) {
    const t = i / 40, y = top + t * (bottom - top);
    // smooth bulge towards `dir` at both ends, sharp point at the middle
    const u = Math.abs(y - mid) / ((bottom - top) / 2);
    const x = x0 + dir * (k * Math.pow(1 - u, 6) - k * 0.5 * Math.pow(u, 8));
    pts.push([x, y]);
  }
  return pts;
}

const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];
const BG = hex('#1F3A5F'), WHITE = hex('#FFFFFF');
const GREEN = hex('#3FB950'), YELLOW = hex('#E3B341'), RED = hex('#F85149');
const grid = [
  [GREEN, GREEN, YELLOW],
  [GREEN, YELLOW, RED],
  [GREEN, GREEN, GREEN],
];
const left = brace(22, 24, 104, -1), right = brace(106, 24, 104, 1);

/** Colour (with alpha) at a sub-pixel: the last shape that covers it wins. */
function sample(x, y) {
  let c = null;
  if (roundedRect(x, y, 0, 0, S, S, 22) <= 0) c = BG;
  if (!c) return null;
  const cell = 20, gap = 5, x0 = 64 - (3 * cell + 2 * gap) / 2, y0 = x0;
  for (let r = 0; r < 3; r++) for (let k = 0; k < 3; k++) {
    if (roundedRect(x, y, x0 + k * (cell + gap), y0 + r * (cell + gap), cell, cell, 4) <= 0) c = grid[r][k];
  }
  if (polyline(x, y, left) <= 4.2 || polyline(x, y, right) <= 4.2) c = WHITE;
  return c;
}

const raw = Buffer.alloc(S * (S * 4 + 1));
for (let py = 0; py < S; py++) {
  raw[py * (S * 4 + 1)] = 0; // filter: none
  for (let px = 0; px < S; px++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SS; sy++) for (let sx = 0; sx < SS; sx++) {
      const c = sample(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS);
      if (c) { r += c[0]; g += c[1]; b += c[2]; a++; }
    }
    const o = py * (S * 4 + 1) + 1 + px * 4;
    if (a) { raw[o] = Math.round(r / a); raw[o + 1] = Math.round(g / a); raw[o + 2] = Math.round(b / a); }
    raw[o + 3] = Math.round((255 * a) / (SS * SS));
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => { let c = 0xffffffff; for (const x of buf) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(S, 0); ihdr.writeUInt32BE(S, 4); ihdr[8] = 8; ihdr[9] = 6; // 8-bit RGBA
const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
writeFileSync(new URL('../media/icon.png', import.meta.url), png);
console.log(`wrote media/icon.png (${png.length} bytes)`);
