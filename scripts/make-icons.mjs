// Draws the add-in icons (assets/icon-{16,32,64,80,128}.png): a green rounded square with three white
// bars rising left to right and a white tick in the free top-left corner. Shapes are defined on a 0..1 canvas
// and sampled 8x8 per pixel, so every size is anti-aliased from the same drawing.
// Usage: node scripts/make-icons.mjs   (the PNGs are committed; rerun only when the drawing changes)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

const SIZES = [16, 32, 64, 80, 128];
const SAMPLES = 8;
const BACKGROUND = [0x1e, 0x7b, 0x4a]; // Excel-like green, readable on light and dark ribbons
const WHITE = [0xff, 0xff, 0xff];

const insideRoundedSquare = (x, y) => {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

// Bars: [left, right, top], bottoms on one base line.
const BARS = [
  [0.16, 0.32, 0.6],
  [0.42, 0.58, 0.44],
  [0.68, 0.84, 0.28],
];
const BASE = 0.84;
const insideBar = (x, y) => BARS.some(([l, r, t]) => x >= l && x <= r && y >= t && y <= BASE);

// The tick: two thick segments, drawn in white with a green outline so it stays apart from the bars.
const TICK = [
  [0.14, 0.3],
  [0.24, 0.4],
  [0.44, 0.14],
];
const distanceToSegment = (x, y, [ax, ay], [bx, by]) => {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
};
const tickDistance = (x, y) =>
  Math.min(distanceToSegment(x, y, TICK[0], TICK[1]), distanceToSegment(x, y, TICK[1], TICK[2]));

/** Colour and opacity of one point of the drawing. */
function shade(x, y) {
  if (!insideRoundedSquare(x, y)) return null;
  const d = tickDistance(x, y);
  if (d <= 0.045) return WHITE;
  if (d <= 0.085) return BACKGROUND;
  return insideBar(x, y) ? WHITE : BACKGROUND;
}

function draw(size) {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = shade((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (!c) continue;
          covered++;
          for (let i = 0; i < 3; i++) sum[i] += c[i];
        }
      }
      const o = (py * size + px) * 4;
      for (let i = 0; i < 3; i++) png.data[o + i] = covered ? Math.round(sum[i] / covered) : 0;
      png.data[o + 3] = Math.round((covered / (SAMPLES * SAMPLES)) * 255);
    }
  }
  return PNG.sync.write(png);
}

const outDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'assets');
fs.mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  fs.writeFileSync(path.join(outDir, `icon-${size}.png`), draw(size));
  console.log(`assets/icon-${size}.png`);
}
