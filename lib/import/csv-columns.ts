// The header row of a projects CSV file: the project model's CSV columns (lib/content/csv.ts) in English or French.
import { readCsvHeader } from '@/lib/content/csv';
import { projectModel } from '@/lib/content/project';

/** The file's language and, for each column, its index; null when the header row is not the export's. */
export function readHeader(header: readonly string[]) {
  return readCsvHeader(projectModel, header);
}
