export type TextEncodingName = 'utf8' | 'latin1';

/**
 * A config's bytes as text that encodes back to exactly the same bytes: UTF-8 when they are valid
 * UTF-8 (the usual case), otherwise latin1, which maps every byte to one character and back.
 */
export function decodeText(bytes: Buffer): { text: string; encoding: TextEncodingName } {
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text: bytes.toString('utf8'), encoding: 'utf8' };
  } catch {
    return { text: bytes.toString('latin1'), encoding: 'latin1' };
  }
}
