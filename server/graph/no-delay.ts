// Turns Nagle's algorithm off on neo4j-driver's sockets. neo4j-driver 5.28 leaves it on: a
// Bolt message larger than one TCP segment (every batch of rows) ends in a partial segment
// that waits for the ACK of the one before, which the server delays by ~40 ms. Measured here:
// a 50-row UNWIND took 48 ms with Nagle and 5 ms without, whatever the statement did. The
// Python driver sets TCP_NODELAY since 5.27 (neo4j/neo4j-python-driver#1122); until the
// JavaScript driver does, this patches its Node channel, and does nothing if the shape changed.
import { createRequire } from 'node:module';

interface NodeChannelLike {
  _conn?: { setNoDelay?: (noDelay: boolean) => unknown };
  write(buffer: unknown): unknown;
}

const DONE = Symbol.for('newsgraph.noDelay');
let patched: boolean | null = null;

/**
 * Idempotent. Applies to connections already in the pool as well (on their next write), so it
 * may be called after the driver was created. Returns whether the patch is in place.
 */
export function disableNagle(): boolean {
  if (patched !== null) return patched;
  patched = false;
  try {
    const require = createRequire(import.meta.url);
    // Resolve from the driver itself: bolt-connection is its dependency, not ours.
    const fromDriver = createRequire(require.resolve('neo4j-driver'));
    const mod = fromDriver('neo4j-driver-bolt-connection/lib/channel/node/node-channel.js') as {
      default?: { prototype: NodeChannelLike };
    };
    const proto = mod.default?.prototype;
    if (!proto || typeof proto.write !== 'function') return patched;
    const write = proto.write;
    proto.write = function patchedWrite(this: NodeChannelLike & { [DONE]?: true }, buffer: unknown) {
      if (!this[DONE] && typeof this._conn?.setNoDelay === 'function') {
        this._conn.setNoDelay(true);
        this[DONE] = true;
      }
      return write.call(this, buffer);
    };
    patched = true;
  } catch {
    // A driver laid out differently: batches are slower, nothing is wrong.
  }
  return patched;
}
