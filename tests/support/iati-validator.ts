import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';

// The IATI 2.03 activity schema, vendored from ../shared/standards/iati-2.03 (with its includes).
const dir = path.resolve(import.meta.dirname, '../fixtures/iati-2.03');
const file = (fileName: string) => ({ fileName, contents: readFileSync(path.join(dir, fileName), 'utf8') });

/** Validates an IATI activity file with libxml2 (compiled to WebAssembly); returns the error messages. */
export async function validateIati(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'activities.xml', contents: xml }],
    schema: [file('iati-activities-schema.xsd')],
    preload: [file('iati-common.xsd'), file('xml.xsd')],
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}
