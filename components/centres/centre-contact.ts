// Kept where the centre page's components look for it; built with the other action links.
export { telHref } from '@/lib/centres/actions';
