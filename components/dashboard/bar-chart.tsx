import { scaleLinear } from 'd3-scale';

/** One bar: what it counts, its length (a budget in dollars, for drawing only) and the text written after it. */
export type ChartBar = { label: string; value: number; text: string };

type Props = {
  /** Unique id prefix on the page (the title and description ids derive from it). */
  id: string;
  title: string;
  description: string;
  bars: ChartBar[];
};

// Drawn for a 390 px phone: 400 units wide, shown at the width of its column (and no wider than 28rem, so the text
// stays near the page's size on a desktop). Text is measured by an average glyph width, with a margin.
const WIDTH = 400;
const FONT_SIZE = 15;
const GLYPH = FONT_SIZE * 0.55;
const BAR_HEIGHT = 18;
const GAP = 6;
const SHORT_LABEL = 12;
const MAX_LABEL = 44;
const MIN_BAR_SPACE = 100;
// IOM blue on white (12:1) for bars, near-black text; each bar is named in words, so colour carries nothing alone.
const BAR_COLOUR = '#0033a0';
const TEXT_COLOUR = '#0f172a';
const AXIS_COLOUR = '#64748b';

const widthOf = (text: string) => Math.ceil(text.length * GLYPH);
const shortened = (label: string) => (label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label);

// Where each label, bar and value text goes.
function barChartLayout(bars: ChartBar[]) {
  const textWidth = Math.max(0, ...bars.map((b) => widthOf(b.text))) + GAP;
  // Labels go left of their bars when they are short and leave the bars room enough; else on a line above each bar.
  const leftWidth = Math.max(0, ...bars.map((b) => widthOf(b.label))) + GAP * 2;
  const labelsLeft =
    bars.every((b) => b.label.length <= SHORT_LABEL) && WIDTH - 1 - leftWidth - textWidth >= MIN_BAR_SPACE;
  const labelWidth = labelsLeft ? leftWidth : 0;
  const barSpace = Math.max(MIN_BAR_SPACE, WIDTH - 1 - labelWidth - textWidth);
  const x = scaleLinear()
    .domain([0, Math.max(0, ...bars.map((b) => b.value)) || 1])
    .range([0, barSpace]);
  const rowHeight = labelsLeft ? BAR_HEIGHT + GAP * 2 : FONT_SIZE + GAP + BAR_HEIGHT + GAP * 2;
  const rows = bars.map((bar, i) => {
    const top = i * rowHeight + GAP;
    const barTop = labelsLeft ? top : top + FONT_SIZE + GAP;
    const length = Math.max(0, x(bar.value));
    // One unit in, so the zero line is drawn whole.
    const left = labelWidth + 1;
    return {
      label: shortened(bar.label),
      labelX: labelsLeft ? labelWidth - GAP : 0,
      labelY: labelsLeft ? barTop + BAR_HEIGHT / 2 : top + FONT_SIZE / 2,
      barX: left,
      barY: barTop,
      barLength: length,
      text: bar.text,
      textX: left + length + GAP,
      textY: barTop + BAR_HEIGHT / 2,
    };
  });
  return { width: WIDTH, height: bars.length * rowHeight + GAP, labelsLeft, rows };
}

/**
 * A horizontal bar chart drawn on the server as SVG (no script in the browser): one bar per figure, named in words
 * and followed by its value, with a title and a description for assistive technologies.
 */
export function BarChart({ id, title, description, bars }: Props) {
  const layout = barChartLayout(bars);
  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      className="mt-3 h-auto w-full max-w-md"
      fontSize={FONT_SIZE}
      data-testid="dashboard-chart"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {layout.rows.map((row, i) => (
        <g key={i}>
          <text
            x={row.labelX}
            y={row.labelY}
            textAnchor={layout.labelsLeft ? 'end' : 'start'}
            dominantBaseline="central"
            fill={TEXT_COLOUR}
          >
            {row.label}
          </text>
          <rect x={row.barX} y={row.barY} width={row.barLength} height={BAR_HEIGHT} fill={BAR_COLOUR} />
          {/* The zero line beside each bar (a bar of no budget still shows where it starts). */}
          <line
            x1={row.barX}
            x2={row.barX}
            y1={row.barY - 2}
            y2={row.barY + BAR_HEIGHT + 2}
            stroke={AXIS_COLOUR}
            strokeWidth={1.5}
          />
          <text x={row.textX} y={row.textY} dominantBaseline="central" fill={TEXT_COLOUR}>
            {row.text}
          </text>
        </g>
      ))}
    </svg>
  );
}
