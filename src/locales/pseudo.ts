/**
 * The pseudo-locale `en-XA`: English made accented, about 40 % longer and bracketed
 * (`[Ŝéñð šţöŕý ~~~~]`), so a layout that clips, or text that was concatenated instead of
 * translated, shows at a glance. Placeholders (`{count}`) stay as they are. Loaded only
 * by a page whose language is `en-XA`.
 * @module
 */
const ACCENTED: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** How much longer a pseudo-localized string is: translations into German or Finnish often run 30–40 % longer than English. */
const GROWTH = 0.4;

/** `Send story` → `[Šéñð šţöŕý ~~~~]`; `{count}` and other placeholders are kept verbatim. */
export function pseudoLocalize(template: string): string {
  const accented = template
    .split(/(\{\w+\})/)
    .map((part) => (/^\{\w+\}$/.test(part) ? part : part.replace(/[A-Za-z]/g, (letter) => ACCENTED[letter] ?? letter)))
    .join('');
  const visible = template.replace(/\{\w+\}/g, '').length;
  const padding = '~'.repeat(Math.ceil(visible * GROWTH));
  return `[${accented}${padding ? ` ${padding}` : ''}]`;
}
