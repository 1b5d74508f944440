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
const LINE_HEIGHT = FONT_SIZE + 3;
const BAR_HEIGHT = 18;
const GAP = 6;
const SHORT_LABEL = 12;
// Characters of a label line above a bar (400 units at the average glyph width, less a margin).
const MAX_LABEL = 44;
const MIN_BAR_SPACE = 100;
// IOM blue on white (12:1) for bars, near-black text; each bar is named in words, so colour carries nothing alone.
const BAR_COLOUR = '#0033a0';
const TEXT_COLOUR = '#0f172a';
const AXIS_COLOUR = '#64748b';

const widthOf = (text: string) => Math.ceil(text.length * GLYPH);
const shortened = (text: string) => (text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text);

// A long name on two lines, cut at a space (the table below the chart has every name whole).
function labelLines(label: string): string[] {
  if (label.length <= MAX_LABEL) return [label];
  const space = label.lastIndexOf(' ', MAX_LABEL);
  const cut = space > MAX_LABEL / 2 ? space : MAX_LABEL;
  return [label.slice(0, cut), shortened(label.slice(cut).trim())];
}

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
  // One unit in, so the zero line is drawn whole.
  const left = labelWidth + 1;
  let top = GAP;
  const rows = bars.map((bar) => {
    const lines = labelsLeft ? [bar.label] : labelLines(bar.label);
    const barTop = labelsLeft ? top : top + lines.length * LINE_HEIGHT + GAP / 2;
    const length = Math.max(0, x(bar.value));
    const row = {
      labels: lines.map((text, i) => ({
        text,
        x: labelsLeft ? labelWidth - GAP : 0,
        y: labelsLeft ? barTop + BAR_HEIGHT / 2 : top + i * LINE_HEIGHT + LINE_HEIGHT / 2,
      })),
      barX: left,
      barY: barTop,
      barLength: length,
      text: bar.text,
      textX: left + length + GAP,
      textY: barTop + BAR_HEIGHT / 2,
    };
    top = barTop + BAR_HEIGHT + GAP * 2;
    return row;
  });
  return { width: WIDTH, height: top - GAP, labelsLeft, rows };
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
          {row.labels.map((label, j) => (
            <text
              key={j}
              x={label.x}
              y={label.y}
              textAnchor={layout.labelsLeft ? 'end' : 'start'}
              dominantBaseline="central"
              fill={TEXT_COLOUR}
            >
              {label.text}
            </text>
          ))}
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
