// Draws the app icons that the web manifest lists (a calendar page on the theme
// colour) and writes them as PNG files to public/icons/. Run it after changing
// the design or the theme colour:  npx tsx scripts/make-icons.mts
// The PNG encoder is a few lines over node:zlib, so no image library is needed.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

import { THEME_COLOR } from '../pwa.config.ts';

type Rgb = [number, number, number];

/** Samples per pixel along each axis, for smooth edges. */
const SUPERSAMPLING = 4;
const WHITE: Rgb = [255, 255, 255];
const ACCENT: Rgb = [242, 169, 59];

const outputFolder = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons');

const icons = [
  // `any` icons may fill more of the square; maskable ones keep the drawing inside
  // the central circle of 80% diameter that every platform mask leaves visible.
  { file: 'icon-192.png', size: 192, glyphScale: 0.7 },
  { file: 'icon-512.png', size: 512, glyphScale: 0.7 },
  { file: 'icon-maskable-512.png', size: 512, glyphScale: 0.52 },
];

mkdirSync(outputFolder, { recursive: true });
for (const icon of icons) {
  const png = encodePng(icon.size, drawIcon(icon.size, icon.glyphScale));
  writeFileSync(join(outputFolder, icon.file), png);
  console.log(`wrote public/icons/${icon.file} (${icon.size}×${icon.size}, ${png.length} bytes)`);
}

/** Returns RGB rows of the icon: a calendar page with a header band and six day cells. */
function drawIcon(size: number, glyphScale: number): Buffer {
  const background = parseHexColor(THEME_COLOR);
  const pixels = Buffer.alloc(size * size * 3);

  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const color = averageSamples(x, y, size, glyphScale, background);
      pixels.set(color, (y * size + x) * 3);
    }
  }
  return pixels;
}

function averageSamples(x: number, y: number, size: number, glyphScale: number, background: Rgb): Rgb {
  const sum: Rgb = [0, 0, 0];

  for (let sy = 0; sy < SUPERSAMPLING; sy += 1) {
    for (let sx = 0; sx < SUPERSAMPLING; sx += 1) {
      // Coordinates in glyph units: the glyph spans -1..1 on both axes.
      const u = (((x + (sx + 0.5) / SUPERSAMPLING) / size) * 2 - 1) / glyphScale;
      const v = (((y + (sy + 0.5) / SUPERSAMPLING) / size) * 2 - 1) / glyphScale;
      const color = glyphColor(u, v) ?? background;
      sum[0] += color[0];
      sum[1] += color[1];
      sum[2] += color[2];
    }
  }

  const samples = SUPERSAMPLING * SUPERSAMPLING;
  return [Math.round(sum[0] / samples), Math.round(sum[1] / samples), Math.round(sum[2] / samples)];
}

/** Returns the glyph's colour at (u, v), or null where the background shows. */
function glyphColor(u: number, v: number): Rgb | null {
  // Two binding rings that stick out above the header band.
  if (insideRoundedRect(u, v, -0.55, -1, -0.35, -0.6, 0.08) || insideRoundedRect(u, v, 0.35, -1, 0.55, -0.6, 0.08)) return WHITE;
  if (!insideRoundedRect(u, v, -0.9, -0.8, 0.9, 0.95, 0.18)) return null;
  if (v < -0.35) return ACCENT;

  // Day cells: three columns by two rows, cut out of the page.
  const columns = [-0.62, 0, 0.62];
  const rows = [0.05, 0.55];
  for (const cy of rows) {
    for (const cx of columns) {
      if (Math.abs(u - cx) < 0.2 && Math.abs(v - cy) < 0.16) return cx === 0 && cy === rows[0] ? ACCENT : parseHexColor(THEME_COLOR);
    }
  }
  return WHITE;
}

function insideRoundedRect(u: number, v: number, left: number, top: number, right: number, bottom: number, radius: number): boolean {
  if (u < left || u > right || v < top || v > bottom) return false;

  const dx = Math.max(left + radius - u, 0, u - (right - radius));
  const dy = Math.max(top + radius - v, 0, v - (bottom - radius));
  return dx * dx + dy * dy <= radius * radius;
}

function parseHexColor(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Invalid theme colour "${hex}": write it as #rrggbb.`);
  return [Number.parseInt(match[1]!, 16), Number.parseInt(match[2]!, 16), Number.parseInt(match[3]!, 16)];
}

/** Encodes 8-bit RGB pixels as a PNG file (signature, IHDR, one IDAT, IEND). */
function encodePng(size: number, pixels: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: truecolour RGB

  // Each scanline starts with filter type 0 (none).
  const rowLength = size * 3;
  const raw = Buffer.alloc((rowLength + 1) * size);
  for (let y = 0; y < size; y += 1) {
    pixels.copy(raw, y * (rowLength + 1) + 1, y * rowLength, (y + 1) * rowLength);
  }

  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(raw, { level: 9 })), pngChunk('IEND', Buffer.alloc(0))]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);

  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** CRC-32 as PNG defines it (polynomial 0xedb88320). */
function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) {
      crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
    }
  }
  return (crc ^ 0xffffffff) >>> 0;
}
