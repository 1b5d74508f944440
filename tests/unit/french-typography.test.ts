import { describe, expect, it } from 'vitest';
import fr from '@/messages/fr.json';

// French typography in the interface strings: a narrow no-break space (U+202F) before `:` `;` `?` `!`, never a plain
// or missing space (a URL's `https:`, an ICU argument's `{x}` and a quoted example «…» are not prose).
type Tree = { [key: string]: string | Tree };

function strings(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : strings(v, `${prefix}${k}.`),
  );
}

describe('French messages', () => {
  it('put a narrow no-break space before : ; ? and !', () => {
    const wrong = strings(fr as Tree).filter(([, text]) => {
      const prose = text.replace(/https?:\/\/\S+/g, '').replaceAll(/«[^«»]*»/g, '');
      return /[^\u202f{][:;?!](?=\s|$)/u.test(prose);
    });
    expect(wrong).toEqual([]);
  });
});
