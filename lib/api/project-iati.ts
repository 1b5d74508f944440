import { conditionalStream } from '@/lib/api/http';
import type { ProjectRecord } from '@/lib/data/projects';
import { iatiXmlParts } from '@/lib/export/iati';
import { toApiProject } from './project-json';

/** What a streamed IATI download needs: its projects a batch at a time and what names its content. */
type IatiStream = {
  batches: () => AsyncIterable<ProjectRecord[]>;
  lastModified: Date | null;
  /** The same validator, the same activities (the view and the content's last change). */
  validator: string;
};

/**
 * The projects as an IATI 2.03 activity file download sent a batch at a time: the document's start, each batch's
 * activities, its end; the same bytes as toIatiXml of every row, whose memory it never holds. Its
 * `generated-datetime` changes at each export, so the entity tag is weak, from `validator` (as the CSV's).
 */
export function iatiStreamResponse(request: Request, file: IatiStream): Response {
  const { batches, lastModified, validator } = file;
  const contentType = 'application/xml; charset=utf-8';
  const filename = 'iom-projects-iati.xml';
  const encoder = new TextEncoder();
  const xml = iatiXmlParts(new Date());
  let rows: AsyncIterator<ProjectRecord[]> | null = null;
  let opened = false;
  return conditionalStream(
    request,
    { validator, contentType, lastModified, filename },
    {
      async pull(controller) {
        rows ??= batches()[Symbol.asyncIterator]();
        // A batch can come back empty (its projects unpublished meanwhile): read on until there is text to send.
        for (;;) {
          const next = await rows.next();
          if (next.done) {
            controller.enqueue(encoder.encode(opened ? xml.close : xml.empty));
            controller.close();
            return;
          }
          const activities = xml.activities(next.value.map(toApiProject));
          if (activities === '') continue;
          controller.enqueue(encoder.encode(opened ? activities : xml.open + activities));
          opened = true;
          return;
        }
      },
      async cancel() {
        await rows?.return?.();
      },
    },
  );
}
