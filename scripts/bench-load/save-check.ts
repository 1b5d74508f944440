// The lost-save verdict of bench:load: for each edited record, the saves the editors saw accepted against the
// revisions written and the version increments during the run, each accepted save found in the history, and the
// record's current title.
import pg from 'pg';
import type { EditorFigures } from './editors';

export type RecordState = { code: string; id: number; version: number; revisions: number; title: string };

/** Each record's id, version, number of revisions and English title now. */
export async function recordStates(databaseUrl: string, codes: string[]): Promise<Map<string, RecordState>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{
      code: string;
      id: number;
      version: number;
      revisions: string;
      title: string;
    }>(
      `SELECT p.code, p.id, p.version, p.title->>'en' AS title,
              (SELECT count(*) FROM revision r WHERE r.record_type = 'project' AND r.record_id = p.id) AS revisions
         FROM project p WHERE p.code = ANY($1::text[])`,
      [[...new Set(codes)]],
    );
    return new Map(rows.map((r) => [r.code, { ...r, revisions: Number(r.revisions) }]));
  } finally {
    await client.end();
  }
}

export type RecordVerdict = {
  code: string;
  editors: number[];
  accepted: number;
  refused: number;
  failed: number;
  /** Saves the editor got no answer to whose revision is in the history all the same (written after all). */
  writtenUnanswered: number;
  revisions: number;
  increments: number;
  /** Accepted saves without a revision: accepted − (revisions written − those of unanswered saves). */
  lost: number;
  /** Accepted saves whose revision (that version, by that editor, with that title) is not in the history. */
  notInHistory: number;
  /** The current title is the last one written: of the editors' last accepted saves (and unanswered ones written
   * anyway), the one with the highest version. */
  titleOk: boolean;
  ok: boolean;
};

type Write = { version: number; title: string; userId: string };
type RevisionRow = { version: number; actor_id: string | null; title: string | null };

/** The verdict per record from the states before and after the run and what the editors saw. */
export async function checkSaves(
  databaseUrl: string,
  before: Map<string, RecordState>,
  after: Map<string, RecordState>,
  editors: EditorFigures[],
): Promise<RecordVerdict[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const verdicts: RecordVerdict[] = [];
    for (const [code, start] of before) {
      const end = after.get(code);
      if (!end) throw new Error(`${code} disappeared during the run`);
      const mine = editors.filter((e) => e.code === code);
      const saves: Write[] = mine.flatMap((e) => e.accepted.map((s) => ({ ...s, userId: e.userId })));
      const unanswered: Write[] = mine.flatMap((e) => e.unanswered.map((s) => ({ ...s, userId: e.userId })));
      const { rows } = await client.query<RevisionRow>(
        `SELECT version, actor_id, after->>'titleEn' AS title FROM revision
          WHERE record_type = 'project' AND record_id = $1 AND version = ANY($2::int[])`,
        [start.id, [...saves, ...unanswered].map((s) => s.version)],
      );
      const byVersion = new Map(rows.map((r) => [r.version, r]));
      const inHistory = (s: Write) => {
        const r = byVersion.get(s.version);
        return r?.actor_id === s.userId && r.title === s.title;
      };
      const written = unanswered.filter(inHistory);
      // Each editor's last accepted save, and the unanswered saves written anyway: the one with the highest version
      // is what the record must hold now.
      const candidates = [...mine.flatMap((e) => e.accepted.slice(-1)), ...written];
      const last = candidates.reduce<Omit<Write, 'userId'> | null>(
        (best, s) => (best && best.version > s.version ? best : s),
        null,
      );
      const titleOk = end.title === (last?.title ?? start.title);
      const revisions = end.revisions - start.revisions;
      const increments = end.version - start.version;
      const lost = saves.length - (revisions - written.length);
      const notInHistory = saves.filter((s) => !inHistory(s)).length;
      verdicts.push({
        code,
        editors: mine.map((e) => e.index),
        accepted: saves.length,
        refused: mine.reduce((n, e) => n + e.refusedMs.length, 0),
        failed: mine.reduce((n, e) => n + e.failures.length, 0),
        writtenUnanswered: written.length,
        revisions,
        increments,
        lost,
        notInHistory,
        titleOk,
        ok: lost === 0 && increments === saves.length + written.length && notInHistory === 0 && titleOk,
      });
    }
    return verdicts;
  } finally {
    await client.end();
  }
}
