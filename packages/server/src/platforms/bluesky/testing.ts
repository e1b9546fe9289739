/**
 * A real AT Protocol network for tests, from @atproto/dev-env: PLC directory
 * in memory and a PDS on SQLite, listening on 127.0.0.1 only.
 */
import http from 'node:http';
import { AtpAgent } from '@atproto/api';
import { TestNetworkNoAppView } from '@atproto/dev-env';

/** A running local network. */
export interface LocalAtproto {
  /** The PDS URL (http://localhost:<port>; localhost is 127.0.0.1). */
  url: string;
  /** Create an account; resolves to its handle, DID, an agent signed in as it, and a fresh app password. */
  createUser(name: string): Promise<{ handle: string; did: string; agent: AtpAgent; appPassword: string }>;
  close(): Promise<void>;
}

type Listen = (...args: unknown[]) => http.Server;

/**
 * Start the network. dev-env's servers call listen(port) (all interfaces);
 * while they start, listen is wrapped to add the host 127.0.0.1.
 */
export async function startLocalAtproto(): Promise<LocalAtproto> {
  const proto = http.Server.prototype as unknown as { listen: Listen };
  const original = proto.listen;
  proto.listen = function (this: http.Server, ...args: unknown[]) {
    if (typeof args[0] === 'number' && (args.length === 1 || typeof args[1] === 'function')) return original.call(this, args[0], '127.0.0.1', ...args.slice(1));
    return original.apply(this, args);
  };
  let network: TestNetworkNoAppView;
  try {
    network = await TestNetworkNoAppView.create({});
  } finally {
    proto.listen = original;
  }
  const url = network.pds.url;
  return {
    url,
    async createUser(name) {
      const agent = new AtpAgent({ service: url });
      const handle = `${name}.test`;
      await agent.createAccount({ handle, email: `${name}@example.test`, password: `${name}-password-long` });
      const ap = await agent.com.atproto.server.createAppPassword({ name: 'peel' });
      return { handle, did: agent.session!.did, agent, appPassword: ap.data.password };
    },
    close: () => network.close(),
  };
}
