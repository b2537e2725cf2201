/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by a page before it renders a text, so the components inside the text know where they are. */
    page?: {
      /** The language of the page. */
      lang: import('./schemas/shared').Lang;
      /** The language of the text being rendered (Japanese on an English page that lacks its translation). */
      textLang: import('./schemas/shared').Lang;
      strategy?: string;
      measure?: string;
    };
  }
}
