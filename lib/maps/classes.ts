export type CountClass = { min: number; max: number; colour: string };

// Sequential blues (ColorBrewer), light to dark; zero stays neutral grey.
const PALETTE = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;
export const NO_DATA_COLOUR = '#e2e8f0';

/** Splits counts 1..max into at most `n` contiguous integer classes, each with a colour of the palette. */
export function countClasses(max: number, n = PALETTE.length): CountClass[] {
  const top = Math.floor(max);
  if (!(top >= 1)) return [];
  const k = Math.min(n, top, PALETTE.length);
  const width = top / k;
  const colourAt = (i: number) =>
    PALETTE[k === 1 ? PALETTE.length - 1 : Math.round((i * (PALETTE.length - 1)) / (k - 1))] ?? PALETTE[0];
  return Array.from({ length: k }, (_, i) => ({
    min: Math.floor(i * width) + 1,
    max: i === k - 1 ? top : Math.floor((i + 1) * width),
    colour: colourAt(i),
  }));
}

/** The class a count falls in, or null for zero / no data. */
export function classFor(count: number, classes: CountClass[]): CountClass | null {
  if (!(count >= 1)) return null;
  return classes.find((c) => count >= c.min && count <= c.max) ?? classes[classes.length - 1] ?? null;
}
