/**
 * A throw-away TLS certificate for 127.0.0.1, for local fakes of platform
 * APIs whose clients only speak HTTPS (twitter-api-v2). Test fixture only:
 * the key is public, the certificate trusted only by the test process.
 */
import https from 'node:https';
import tls from 'node:tls';

/** Private key (PEM) of the test certificate. */
export const TEST_TLS_KEY = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgmFkR9jkftEUwURtN
H9f/1s62U6Xiz5iWG7mqy8QCv5yhRANCAATVT5M4E78eiwwHEpkh6vMsTGGsfm85
3W/xx14kLbiLCWjQpNGIcEi+PZR3svWqgya8TRpN5jZk08Yp5rq/aESO
-----END PRIVATE KEY-----
`;

/** Self-signed certificate (PEM) for 127.0.0.1 and localhost, valid for 100 years. */
export const TEST_TLS_CERT = `-----BEGIN CERTIFICATE-----
MIIBnDCCAUGgAwIBAgIUa3NLGz7O6inOmvxeS9NcT3BRPR8wCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTEyNTEzMTcwOVoYDzIxMjYxMTAx
MTMxNzA5WjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAATVT5M4E78eiwwHEpkh6vMsTGGsfm853W/xx14kLbiLCWjQpNGIcEi+
PZR3svWqgya8TRpN5jZk08Yp5rq/aESOo28wbTAdBgNVHQ4EFgQUWizwEqU4j8Dx
KWBvVJNsmiDmWVAwHwYDVR0jBBgwFoAUWizwEqU4j8DxKWBvVJNsmiDmWVAwDwYD
VR0TAQH/BAUwAwEB/zAaBgNVHREEEzARhwR/AAABgglsb2NhbGhvc3QwCgYIKoZI
zj0EAwIDSQAwRgIhAKdPUfnQ9biLV1OycBVdy4LXfV8iclOYMMsQ+Je4QqlLAiEA
9+ub7kDRzuhiIhK4+weWkNFaASs6DlzgC/01UcIVTXc=
-----END CERTIFICATE-----
`;

/** Make this process's default HTTPS agent trust the test certificate (as well as the usual CAs). */
export function trustTestCertificate(): void {
  const opts = https.globalAgent.options as { ca?: string | string[] };
  const current = Array.isArray(opts.ca) ? opts.ca : opts.ca ? [opts.ca] : [...tls.rootCertificates];
  if (!current.includes(TEST_TLS_CERT)) opts.ca = [...current, TEST_TLS_CERT];
}
