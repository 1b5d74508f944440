// Cache tags of public content, revalidated by every staff write (public pages that cache must use them).
export const PROJECTS_TAG = 'projects';
export const CENTRES_TAG = 'centres';
