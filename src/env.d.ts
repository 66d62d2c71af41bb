/** What the middleware (src/middleware.ts) gives every page and the page frame. */
declare namespace App {
  interface Locals {
    /** The instance's loaded content, for pages. */
    portal: import('./portal.ts').Portal;
    /** The page's interface language: Vietnamese at the root, English under /en/. */
    lang: import('./base/words.ts').Lang;
    /** What the page frame shows on every page: the instance's configuration and as-of date. */
    frame: import('./base/frame.ts').Frame;
  }
}
