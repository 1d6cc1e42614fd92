/**
 * A minimal browser for the OIDC test: real HTTP requests with fetch, redirects followed by hand
 * (to watch each hop), one cookie jar for every host (all are 127.0.0.1).
 */
export class TestBrowser {
  readonly cookies = new Map<string, string>();
  readonly visited: string[] = [];

  private remember(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at).trim();
      const value = pair!.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split('=')[1]!) < Date.now()));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  private header() {
    return [...this.cookies].map(([n, v]) => `${n}=${v}`).join('; ');
  }

  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    this.visited.push(url);
    const response = await fetch(url, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers: {
        cookie: this.header(),
        ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
    });
    this.remember(response);
    return response;
  }

  /** Follows redirects from `url` until a page answers (or `stopAt` matches); returns the last response and its URL. */
  async follow(url: string, init: { method?: string; form?: Record<string, string> } = {}, stopAt?: (url: string) => boolean) {
    let current = url;
    let response = await this.request(current, init);
    for (let hops = 0; response.status >= 300 && response.status < 400 && hops < 20; hops++) {
      current = new URL(response.headers.get('location')!, current).href;
      if (stopAt?.(current)) return { response, url: current, stopped: true };
      response = await this.request(current);
    }
    return { response, url: current, stopped: false };
  }
}

/** The action of the first form of an HTML page, absolute. */
export function formAction(html: string, base: string): string {
  const match = /<form[^>]*action="([^"]+)"/.exec(html);
  if (!match) throw new Error(`No form in page: ${html.slice(0, 300)}`);
  return new URL(match[1]!.replace(/&amp;/g, '&'), base).href;
}
