// The one inline script of the site, kept here so that astro.config.mjs can hash it for the
// Content-Security-Policy: it must run in <head>, before the page is drawn, to open the parallel
// view for a reader who chose it (src/client/view-preference.ts) without a flash of the other view.
export const VIEW_REDIRECT =
  "try{if(localStorage.getItem('view')==='parallel'){location.replace(document.querySelector('link[data-parallel-view]').href+location.hash)}}catch(e){}";
