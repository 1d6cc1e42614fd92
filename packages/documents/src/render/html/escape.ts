/** HTML escaping: every user string goes through `escapeHtml` (text and attribute values alike). */

export function escapeHtml(text: string): string {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

/** A CSS colour from the model: only #rrggbb passes, anything else becomes the neutral grey. */
export function safeColor(color: string): string {
  return /^#[0-9a-fA-F]{6}$/.test(color) ? color : '#5c6f82';
}

/** Base64 of a UTF-8 string (SVG charts as data URLs: an <img> never runs scripts). */
export function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}
