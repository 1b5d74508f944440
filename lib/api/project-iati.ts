import { conditionalResponse } from '@/lib/api/http';
import { toIatiXml } from '@/lib/export/iati';
import type { ApiProject } from './project-json';

/** The projects as an IATI 2.03 activity file download (conditional: ETag, Last-Modified, 304). */
export function iatiResponse(request: Request, projects: ApiProject[], lastModified: Date | null): Response {
  return conditionalResponse(request, {
    body: toIatiXml(projects),
    contentType: 'application/xml; charset=utf-8',
    lastModified,
    headers: { 'Content-Disposition': 'attachment; filename="iom-projects-iati.xml"' },
  });
}
