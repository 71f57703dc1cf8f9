import { ConfigError, loadConfig, parseTrustProxy } from '../../src/config';

test('TRUST_PROXY is off by default; takes a hop count or a list of addresses, CIDR ranges and names', () => {
  expect(loadConfig({}).trustProxy).toBe(false);
  expect(parseTrustProxy('false')).toBe(false);
  expect(parseTrustProxy('0')).toBe(false);
  expect(parseTrustProxy('1')).toBe(1);
  expect(parseTrustProxy('loopback, 10.0.0.0/8,fd00::/8, 192.0.2.7')).toEqual(['loopback', '10.0.0.0/8', 'fd00::/8', '192.0.2.7']);
});

test.each(['true', 'yes', '10.0.0.0/33', '10.0.0/8', 'example.org', '1.2.3.4/8/1', '101'])(
  'TRUST_PROXY=%p is refused with a message naming it',
  (raw) => {
    expect(() => loadConfig({ TRUST_PROXY: raw })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUST_PROXY: raw })).toThrow(/TRUST_PROXY/);
  },
);

test('METRICS_ACCESS is key by default, or public; anything else is refused', () => {
  expect(loadConfig({}).metricsAccess).toBe('key');
  expect(loadConfig({ METRICS_ACCESS: 'public' }).metricsAccess).toBe('public');
  expect(() => loadConfig({ METRICS_ACCESS: 'open' })).toThrow(/METRICS_ACCESS/);
});
