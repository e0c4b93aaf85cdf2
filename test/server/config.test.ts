// The environment is read and checked once: wrong values fail at startup with the variable named.
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../server/config.ts';

describe('readConfig', () => {
  it('defaults to loopback, port 3000 and the embedded database', () => {
    const c = readConfig({});
    expect([c.host, c.port, c.neo4j]).toEqual(['127.0.0.1', 3000, null]);
  });

  it('uses an outside Neo4j when NEO4J_URI is set', () => {
    const c = readConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p' });
    expect(c.neo4j).toEqual({ uri: 'neo4j+s://abc.databases.neo4j.io', user: 'u', password: 'p' });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI'],
    [{ HOST: '0.0.0.0' }, 'NEWSGRAPH_TOKEN'],
  ])('refuses %o naming %s', (env, variable) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
    try {
      readConfig(env);
    } catch (e) {
      expect((e as ConfigError).variable).toBe(variable);
    }
  });

  it('accepts a non-loopback host with a token', () => {
    expect(readConfig({ HOST: '0.0.0.0', NEWSGRAPH_TOKEN: 't' }).token).toBe('t');
  });
});
