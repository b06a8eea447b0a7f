import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';

/**
 * Guesses the language of a text with franc (trigram statistics over the 82
 * most spoken languages) and returns it as a BCP 47 tag: the ISO 639-1 code
 * when the language has one (eng → en, spa → es), else the ISO 639-3 code.
 * Undefined when the text is too short or too mixed to tell.
 */
export function detectLanguage(text: string): string | undefined {
  const code = franc(text, { minLength: 20 });
  if (code === 'und') return undefined;
  return iso6393To1[code] ?? code;
}
