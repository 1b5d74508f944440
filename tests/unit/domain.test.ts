import { describe, expect, it } from 'vitest';
import {
  COVERAGES,
  normaliseProjectCode,
  PROJECT_CODE_PATTERN,
  PROJECT_STATUSES,
  PUBLICATION_STATES,
} from '@/lib/domain/project';
import { Coverage, ProjectStatus, PublicationState } from '@/lib/generated/prisma/enums';

describe('domain constants', () => {
  it('match the Prisma enums', () => {
    expect([...PROJECT_STATUSES]).toEqual(Object.values(ProjectStatus));
    expect([...COVERAGES]).toEqual(Object.values(Coverage));
    expect([...PUBLICATION_STATES]).toEqual(Object.values(PublicationState));
  });

  it('normalise and accept usual and legacy project codes', () => {
    for (const code of ['fm.0283', ' PX.0220 ', 'r51-805']) {
      expect(PROJECT_CODE_PATTERN.test(normaliseProjectCode(code))).toBe(true);
    }
    for (const code of ['PX', 'PX 0220', 'PX.0220/../x', 'A'.repeat(21)]) {
      expect(PROJECT_CODE_PATTERN.test(normaliseProjectCode(code))).toBe(false);
    }
  });
});
