/** Settings of the HTTP app. */
export interface AppOptions {
  /** Largest accepted request body, in bytes. */
  bodyLimit: number;
  /** Mark cookies Secure (behind HTTPS). */
  secureCookies: boolean;
  /** The public base URL (for OIDC redirects and printed links), e.g. `http://127.0.0.1:8080`. */
  publicUrl: string;
  /** Log requests (off in tests). */
  logger: boolean;
  /**
   * Behind a reverse proxy: trust its X-Forwarded-For so sign-in limits apply per client, not
   * per proxy. `true`, or the proxies' addresses/subnets, comma-separated (Fastify's trustProxy). Default off.
   */
  trustProxy: boolean | string;
}

/** Defaults: 1 MiB bodies, cookies Secure only when the public URL is https. */
export function defaultOptions(partial: Partial<AppOptions> = {}): AppOptions {
  const publicUrl = partial.publicUrl ?? 'http://127.0.0.1:8080';
  return {
    bodyLimit: 1024 * 1024,
    secureCookies: publicUrl.startsWith('https:'),
    publicUrl,
    logger: false,
    trustProxy: false,
    ...partial,
  };
}
