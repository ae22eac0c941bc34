export interface Bar {
  key: string;
  label: string;
  value: number;
  /** What is written at the end of the bar (the formatted value). */
  text: string;
  /** Marks a bar that needs attention (drawn hatched, and said in the text). */
  warn?: boolean;
}

/**
 * A horizontal bar chart: one row per item, its label, the bar and its value, so it reads on a
 * 360 px phone. It is a picture for sighted readers (`aria-hidden`); the table next to it carries
 * the same numbers for everyone. A bar that needs attention is hatched and its text says why.
 * `title` is its caption: leave it out when the heading right above already says it (a page
 * shows a heading once).
 */
export function BarChart({ bars, max, title }: { bars: Bar[]; max?: number; title?: string | undefined }) {
  const top = max ?? Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure className="chart">
      {title ? <figcaption className="chart__title">{title}</figcaption> : null}
      <ul className="hbars" aria-hidden="true">
        {bars.map((b) => (
          <li key={b.key} className="hbars__row">
            <span className="hbars__name">{b.label}</span>
            <span className="hbars__track">
              <span
                className={b.warn ? 'hbars__fill hbars__fill--warn' : 'hbars__fill'}
                style={{ width: `${top ? Math.max(b.value > 0 ? 1 : 0, (100 * b.value) / top) : 0}%` }}
              />
            </span>
            <span className="hbars__value">{b.text}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** A column chart (one column per month), with the values as text under the axis. */
export function ColumnChart({ bars, title }: { bars: Bar[]; title?: string | undefined }) {
  const top = Math.max(1, ...bars.map((b) => b.value));
  const width = Math.max(1, bars.length) * 56;
  return (
    <figure className="chart chart--columns">
      {title ? <figcaption className="chart__title">{title}</figcaption> : null}
      <div className="chart__scroll">
        <svg className="chart__svg--columns" width={width} height={220} viewBox={`0 0 ${width} 220`} aria-hidden="true" focusable="false">
          {bars.map((b, i) => {
            const h = (160 * b.value) / top;
            return (
              <g key={b.key} transform={`translate(${i * 56} 0)`}>
                <rect className="chart__bar" x="8" y={190 - h} width="40" height={h} />
                <text className="chart__tick" x="28" y={185 - h} textAnchor="middle">
                  {b.text}
                </text>
                <text className="chart__tick" x="28" y="212" textAnchor="middle">
                  {b.label}
                </text>
              </g>
            );
          })}
          <line className="chart__axis" x1="0" y1="190" x2={width} y2="190" />
        </svg>
      </div>
    </figure>
  );
}
