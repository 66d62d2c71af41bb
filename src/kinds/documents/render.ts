/**
 * Document bodies are Markdown written by officials. Raw HTML in them is shown as text,
 * never run: a pasted <script> or <img onerror> stays inert on the page.
 */
import { Marked } from 'marked';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html: ({ text }) => escapeHtml(text),
  },
  walkTokens(token) {
    // Only web and mail links; "javascript:" and data: URLs become plain text.
    if ((token.type === 'link' || token.type === 'image') && !/^(https?:|mailto:|\/|#)/i.test(token.href)) {
      token.href = '#';
    }
  },
});

// Each body is shown on its Vietnamese and its English page: render it once per build.
const rendered = new Map<string, string>();

/** Markdown body → HTML, with the document's own headings demoted below the page's h1. */
export function renderDocumentBody(markdown: string): string {
  let html = rendered.get(markdown);
  if (html === undefined) {
    html = marked.parse(markdown.replace(/^#(?=#* )/gm, '##'), { async: false });
    rendered.set(markdown, html);
  }
  return html;
}
