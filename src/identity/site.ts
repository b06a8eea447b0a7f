import { createUrls } from './urls';

/** The site's URLs under the configured base; pages and components link through this. */
export const urls = createUrls(import.meta.env.BASE_URL);
