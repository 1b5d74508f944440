import { NO_DATA_COLOUR } from '@/lib/maps/classes';
import type { buildChoropleth } from '@/lib/maps/render';

type MapsTranslator = (key: 'legend' | 'legendNone' | 'legendRange', values?: { min: number; max: number }) => string;

/** The legend's words from the `maps` messages. */
export function legendLabels(t: MapsTranslator): Props['labels'] {
  return { legend: t('legend'), none: t('legendNone'), range: (min, max) => t('legendRange', { min, max }) };
}

type Props = {
  /** The map's id prefix: the legend's heading is `${id}-legend`. */
  id: string;
  classes: ReturnType<typeof buildChoropleth>['classes'];
  /** Its words in the page's language: the heading, "no data", and a class's range. */
  labels: { legend: string; none: string; range: (min: number, max: number) => string };
};

/** The legend of a choropleth map: "no data" and each class's colour with its range. */
export function MapLegend({ id, classes, labels }: Props) {
  return (
    <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <span id={`${id}-legend`} className="font-semibold">
        {labels.legend}
      </span>
      <ul aria-labelledby={`${id}-legend`} className="flex flex-wrap gap-x-4 gap-y-1">
        <li className="flex items-center gap-1">
          <Swatch colour={NO_DATA_COLOUR} />
          {labels.none}
        </li>
        {classes.map((c) => (
          <li key={c.min} className="flex items-center gap-1">
            <Swatch colour={c.colour} />
            {c.min === c.max ? c.min : labels.range(c.min, c.max)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Swatch({ colour }: { colour: string }) {
  return (
    <span
      aria-hidden="true"
      className="inline-block h-3 w-5 border border-slate-400"
      style={{ backgroundColor: colour }}
    />
  );
}
