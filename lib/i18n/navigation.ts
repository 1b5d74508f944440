import { createNavigation } from 'next-intl/navigation';
import { routing } from '@/lib/i18n/routing';

// The only source of Link, redirect and friends: they know the localised path names.
export const { Link, redirect, getPathname } = createNavigation(routing);
