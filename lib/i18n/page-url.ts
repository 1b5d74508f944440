/** The request header in which the proxy passes a page's address (path and query) to the server components. */
export const PAGE_URL_HEADER = 'x-page-url';
