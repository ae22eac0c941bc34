/** Pictures of the budget for citizens: a squarified treemap and planned-vs-spent bars (both `aria-hidden`; tables carry the numbers). */

export interface TreemapItem {
  key: string;
  label: string;
  value: number;
  /** What is written under the label (the formatted amount). */
  text: string;
}

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The worst aspect ratio of a row of areas laid along a side (Bruls, Huizing, van Wijk: squarified treemaps). */
function worst(areas: number[], side: number): number {
  const s = areas.reduce((a, b) => a + b, 0);
  const max = Math.max(...areas);
  const min = Math.min(...areas);
  return Math.max((side * side * max) / (s * s), (s * s) / (side * side * min));
}

/** Lays items (largest first) into the rectangle so that the tiles are as square as possible. */
export function squarify(values: number[], box: Rect): Rect[] {
  const total = values.reduce((a, b) => a + b, 0);
  if (!total) return values.map(() => ({ x: box.x, y: box.y, w: 0, h: 0 }));
  const areas = values.map((v) => (v / total) * box.w * box.h);
  const out: Rect[] = [];
  let { x, y, w, h } = box;
  let row: number[] = [];
  const place = () => {
    const s = row.reduce((a, b) => a + b, 0);
    if (w >= h) {
      const width = s / h;
      let yy = y;
      for (const a of row) {
        out.push({ x, y: yy, w: width, h: a / width });
        yy += a / width;
      }
      x += width;
      w -= width;
    } else {
      const height = s / w;
      let xx = x;
      for (const a of row) {
        out.push({ x: xx, y, w: a / height, h: height });
        xx += a / height;
      }
      y += height;
      h -= height;
    }
    row = [];
  };
  for (const a of areas) {
    const side = Math.min(w, h);
    if (row.length && worst([...row, a], side) > worst(row, side)) place();
    row.push(a);
  }
  if (row.length) place();
  return out;
}

const palette = [
  '#1a5aa8',
  '#2e7d5b',
  '#b5562b',
  '#6b4fa3',
  '#a8322d',
  '#2f7f8f',
  '#8a6d1f',
  '#4a5d7a',
  '#7a3e6b',
  '#3d6e2f',
  '#9c4a1a',
  '#345f9e',
  '#5c5c5c',
  '#80602f',
];

/** The treemap: a tile per item, its area its share; labels where they fit. */
export function Treemap({ items, title, onPick }: { items: TreemapItem[]; title: string; onPick?(key: string): void }) {
  const W = 1000;
  const H = 560;
  const sorted = [...items].filter((i) => i.value > 0).sort((a, b) => b.value - a.value);
  const rects = squarify(
    sorted.map((i) => i.value),
    { x: 0, y: 0, w: W, h: H },
  );
  return (
    <figure className="cb-treemap">
      <figcaption className="chart__title">{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} className="cb-treemap__svg" aria-hidden="true" focusable="false">
        {sorted.map((item, i) => {
          const r = rects[i]!;
          const big = r.w > 150 && r.h > 70;
          const medium = r.w > 90 && r.h > 40;
          return (
            <g
              key={item.key}
              onClick={onPick ? () => onPick(item.key) : undefined}
              className={onPick ? 'cb-treemap__tile cb-treemap__tile--link' : 'cb-treemap__tile'}
            >
              <rect x={r.x} y={r.y} width={r.w} height={r.h} fill={palette[i % palette.length]} stroke="#fff" strokeWidth={2} />
              {medium ? (
                <text x={r.x + 8} y={r.y + 24} className={big ? 'cb-treemap__label cb-treemap__label--big' : 'cb-treemap__label'}>
                  {item.label.length > r.w / 11 ? `${item.label.slice(0, Math.max(4, Math.floor(r.w / 11) - 1))}…` : item.label}
                </text>
              ) : null}
              {medium ? (
                <text x={r.x + 8} y={r.y + (big ? 52 : 44)} className="cb-treemap__value">
                  {item.text}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

export interface PairBar {
  key: string;
  label: string;
  planned: number;
  executed: number;
  /** Text at the end of the row ("97 % spent"). */
  text: string;
  warn?: boolean;
}

/** Planned and spent as two bars per row on one scale; a row under 90 % is hatched. */
export function PlannedExecutedBars({ bars, title }: { bars: PairBar[]; title: string }) {
  const top = Math.max(1, ...bars.map((b) => Math.max(b.planned, b.executed)));
  const pct = (v: number) => `${Math.max(v > 0 ? 0.5 : 0, (100 * v) / top)}%`;
  return (
    <figure className="chart">
      <figcaption className="chart__title">{title}</figcaption>
      <ul className="cb-pairs" aria-hidden="true">
        {bars.map((b) => (
          <li key={b.key} className="cb-pairs__row">
            <span className="cb-pairs__name">{b.label}</span>
            <span className="cb-pairs__tracks">
              <span className="cb-pairs__planned" style={{ width: pct(b.planned) }} />
              <span className={b.warn ? 'cb-pairs__executed cb-pairs__executed--warn' : 'cb-pairs__executed'} style={{ width: pct(b.executed) }} />
            </span>
            <span className="cb-pairs__value">{b.text}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
