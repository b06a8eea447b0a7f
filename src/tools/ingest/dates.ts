import * as chrono from 'chrono-node';
import { primaryLanguage } from '../../shared/common-words';
import { fold } from '../../shared/fold';
import { isDossierDate, MONTHS, parseDossierDate } from '../../shared/dates';
import { splitSentences } from '../../shared/sentences';

/** The day dates are resolved against: the article's publication date. */
export interface DateAnchor {
  /** The publication day (the earliest it can be, for "on or after"). */
  day: Date;
  /** The publication date is our inference, or only its earliest day is known: derived dates are uncertain. */
  uncertain: boolean;
  /** How the anchor reads in a note: "on Wednesday 4 February 2026", "on or after 6 February 2026 (inferred)". */
  wording: string;
}

/** A date written in a paragraph, resolved to EDTF. */
export interface DateExpression {
  /** Character offsets in the paragraph. */
  start: number;
  end: number;
  /** The words as written: "on Tuesday", "el 3 de febrero de 2026", "na semana passada". */
  text: string;
  /** The date in EDTF, with its precision and uncertainty: 2026-02-03, 2026-01, 2026-02-01/2026-02-07, 2026-01-07?. */
  edtf: string;
  /** How it was resolved, written like the dossier's `inferred` notes; absent when the text states the date in full. */
  reasoning?: string | undefined;
}

const DAY_MS = 86_400_000;
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month, day, 12));
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);
const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const isoMonth = (year: number, month: number) => `${year}-${pad(month + 1)}`;
/** "Tuesday 3 February 2026". */
const longDay = (d: Date) =>
  `${WEEKDAYS_EN[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
const shortDay = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
/** Monday of the ISO week of `d`. */
const mondayOf = (d: Date) => addDays(d, -((d.getUTCDay() + 6) % 7));

/**
 * The anchor of an article's dates, from its `published` field: a stated
 * day; the first day of an inferred or open interval ("2026-01-09/.." is on
 * or after 9 January), which makes every derived date uncertain; nothing when
 * the date is not stated or not a day.
 */
export function dateAnchor(published: { status: string; value?: string | undefined }): DateAnchor | undefined {
  if (published.status === 'not-stated' || !published.value || !isDossierDate(published.value)) return undefined;
  const date = parseDossierDate(published.value);
  const point = date.kind === 'date' ? date.point : date.from;
  if (!point || point.precision !== 'day') return undefined;
  const [year, month, day] = point.iso.split('-').map(Number) as [number, number, number];
  const anchor = utc(year, month - 1, day);
  const open = date.kind === 'interval';
  const inferred = published.status === 'inferred';
  const uncertain = open || inferred || point.uncertain;
  const wording = open
    ? `on or after ${shortDay(anchor)}${inferred ? ' (inferred)' : ''}`
    : `on ${longDay(anchor)}${inferred || point.uncertain ? ' (inferred)' : ''}`;
  return { day: anchor, uncertain, wording };
}

/** Words that put a sentence in the future: "will", "is expected to", "tiene previsto", "deve", "vai". */
const FUTURE =
  /\b(?:will|won't|'ll|is expected to|are expected to|plans? to|is set to|are set to|is due to|going to|next|upcoming|tiene previsto|tienen previsto|prev[eé]|va a|van a|ir[aá]|pr[oó]xim[oa]s?|deve|devem|dever[aá]|vai|v[aã]o|que vem|marcad[ao]s? para|previst[oa])\b|\b\p{L}{2,}(?:rá|rán|rão)(?=[\s.,;])/iu;

/** True when the sentence speaks of what is to come. */
function isFuture(sentence: string, language: string): boolean {
  if (language === 'en')
    return /\b(?:will|won't|'ll|is expected to|are expected to|plans? to|is set to|is due to|going to|upcoming)\b/iu.test(
      sentence,
    );
  return FUTURE.test(sentence);
}

interface Found {
  start: number;
  end: number;
  text: string;
  edtf: string;
  relative: boolean;
  reasoning?: string;
}

const WEEKDAY_WORDS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  domingo: 0,
  lunes: 1,
  martes: 2,
  miercoles: 3,
  jueves: 4,
  viernes: 5,
  sabado: 6,
  segunda: 1,
  terca: 2,
  quarta: 3,
  quinta: 4,
  sexta: 5,
};
const MONTH_WORDS: Record<string, number> = {
  january: 0,
  february: 1,
  march: 2,
  april: 3,
  may: 4,
  june: 5,
  july: 6,
  august: 7,
  september: 8,
  october: 9,
  november: 10,
  december: 11,
  enero: 0,
  febrero: 1,
  marzo: 2,
  abril: 3,
  mayo: 4,
  junio: 5,
  julio: 6,
  agosto: 7,
  septiembre: 8,
  setiembre: 8,
  octubre: 9,
  noviembre: 10,
  diciembre: 11,
  janeiro: 0,
  fevereiro: 1,
  marco: 2,
  maio: 4,
  junho: 5,
  julho: 6,
  setembro: 8,
  outubro: 9,
  novembro: 10,
  dezembro: 11,
};

/** Patterns of the relative dates news reports write that chrono does not resolve as an analyst would, per language. */
const PATTERNS: Record<string, Record<string, RegExp>> = {
  en: {
    week: /\b(?:(?:late|early|earlier|later)\s+)?(this|last|next)\s+week\b/giu,
    weekend: /\b(?:over\s+)?(?:the|this|last)\s+weekend\b/giu,
    month: /\b(?:(?:earlier|later)\s+)?(this|last|next)\s+month\b/giu,
    year: /\b(?:(later|earlier)\s+)?(this|last|next)\s+year\b/giu,
    day: /\b(yesterday|today|tomorrow)\b/giu,
    weekday:
      /\b(?:(?:late|early)\s+)?(?:(?:on|since|until|by)\s+)?(?:(last|next|this)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\b/gu,
    monthName:
      /\b(?:(?:in|since|by|during|until|from)\s+)?(?:(early|late|mid)[- ])?(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(\d{4}))?\b(?!\s+\d)/gu,
  },
  es: {
    week: /\b(?:a\s+(?:finales|principios|comienzos|mediados)\s+de\s+)?(?:(esta)\s+semana|la\s+semana\s+(pasada|anterior|que\s+viene|pr[oó]xima)|la\s+(pr[oó]xima)\s+semana)\b/giu,
    weekend: /\b(?:(?:el|este)\s+(?:pasado\s+)?fin\s+de\s+semana)\b/giu,
    month: /\b(?:(este)\s+mes|el\s+mes\s+(pasado|anterior|que\s+viene)|el\s+(pr[oó]ximo)\s+mes)\b/giu,
    year: /\b(?:(este)\s+a[ñn]o|el\s+a[ñn]o\s+(pasado)|el\s+(pr[oó]ximo)\s+a[ñn]o)\b/giu,
    day: /\b(anteayer|ayer|hoy)\b/giu,
    weekday:
      /\b(?:(?:desde|hasta|para)\s+)?(?:el|este|esta)\s+(?:(pasado|pr[oó]ximo)\s+)?(lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)(?:\s+(pasado|pr[oó]ximo))?\b/giu,
    monthName:
      /\b(?:(?:en|desde|hasta|durante|para)\s+|(?:a\s+(?:comienzos|principios|finales|mediados)|a\s+fines)\s+de\s+|de\s+)(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)(?:\s+(?:de|del)\s+(\d{4}))?\b/giu,
  },
  pt: {
    week: /\b(?:(n?esta)\s+semana|(?:na\s+)?semana\s+(passada|anterior|que\s+vem)|(?:na\s+)?(pr[oó]xima)\s+semana)\b/giu,
    weekend: /\b(?:n?(?:o|este)\s+(?:[uú]ltimo\s+)?fim\s+de\s+semana)\b/giu,
    month:
      /\b(?:n?(este)\s+m[eê]s|(?:n)?o\s+m[eê]s\s+(passado|anterior|que\s+vem)|(?:n)?o\s+(pr[oó]ximo)\s+m[eê]s)\b/giu,
    year: /\b(?:n?(este)\s+ano|(?:ainda\s+)?(este)\s+ano|(?:n)?o\s+ano\s+(passado)|(?:n)?o\s+(pr[oó]ximo)\s+ano)\b/giu,
    day: /\b(anteontem|ontem|hoje)\b/giu,
    weekday:
      /\b(?:(?:desde|at[eé])\s+)?(?:(?:n?[ao]s?|n?est[ae]|a|o)\s+)?(?:(?:[uú]ltim[ao]|pr[oó]xim[ao])\s+)?(segunda|ter[cç]a|quarta|quinta|sexta)(?:-feira)?(?:\s+(passada|que\s+vem))?\b|\b(?:(?:n?[ao]|n?este|neste)\s+)?(s[aá]bado|domingo)(?:\s+(passado|que\s+vem))?\b/giu,
    monthName:
      /\b(?:(?:em|desde|at[eé]|durante|para)\s+|(?:no\s+(?:in[ií]cio|fim|final)|em\s+meados)\s+de\s+|de\s+)(janeiro|fevereiro|mar[cç]o|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)(?:\s+de\s+(\d{4}))?\b/giu,
  },
};

/** Years and spans of years: "in 2025", "desde 1997", "entre 2020 y 2025", "between 2020 and 2025". */
const YEAR_SPAN = /\b(?:between|from|entre|de)\s+((?:19|20)\d\d)\s+(?:and|to|y|e|a|hasta|até)\s+((?:19|20)\d\d)\b/giu;
const YEAR =
  /\b(?:in|since|by|during|until|en|desde|em|de|del|hasta|at[eé]|durante)\s+((?:19|20)\d\d)\b(?!\s*[-/]\d)/giu;

const chronoParsers: Record<string, chrono.Chrono> = {
  en: chrono.en.casual,
  es: chrono.es.casual,
  pt: chrono.pt.casual,
};

/**
 * Finds the dates of a paragraph and resolves them to EDTF against the
 * article's publication date, with chrono-node (dates in English, Spanish and
 * Portuguese) and the rules of news writing chrono lacks: a bare weekday is
 * the last one on or before publication unless the sentence speaks of the
 * future; "this week" is its Monday-to-Sunday week; "last month" and "later
 * this year" are intervals of the calendar; a month without a year is the
 * last such month (or the next, in the future tense); years and spans of
 * years. A date that depends on an inferred publication date is uncertain
 * (`?`). Each resolved date says how, in the words of the dossier's `inferred`
 * notes. Durations ("for decades", "in recent months") are left alone.
 */
export function findDates(paragraph: string, language: string, anchor: DateAnchor | undefined): DateExpression[] {
  const lang = chronoParsers[primaryLanguage(language)] ? primaryLanguage(language) : 'en';
  const sentences = splitSentences(paragraph, lang);
  // The tense is read in the words before the date in its sentence, quotations left out ("wrote … that Colombia “will
  // not be intimidated”" is past), so a verb of a later clause ("anunció el miércoles que PDVSA reanudará") does not count.
  const outside = paragraph.replace(/[“«"][^”»"]*[”»"]/gu, (q) => ' '.repeat(q.length));
  const future = (offset: number) => {
    const sentence = sentences.find((s) => offset >= s.start && offset < s.end) ?? sentences.at(-1);
    // Within its clause: "…, anunciou nesta quinta-feira" is past though the sentence began "O Brasil vai sediar".
    const before = outside.slice(sentence?.start ?? 0, offset);
    return isFuture(before.slice(Math.max(0, before.search(/[,;:][^,;:]*$/u))), lang);
  };
  /** The year of a day or month written without one: the nearest, unless that is far ahead and the text says nothing of the future. */
  const yearFor = (month: number, day: number, offset: number): { year: number; forward: boolean } => {
    const a = anchor!.day;
    const past = a.getUTCFullYear() - (utc(a.getUTCFullYear(), month, day).getTime() > a.getTime() ? 1 : 0);
    const next = past + 1;
    const toPast = a.getTime() - utc(past, month, day).getTime();
    const toNext = utc(next, month, day).getTime() - a.getTime();
    const forward = future(offset) || (toNext >= 0 && toNext * 2 < toPast);
    return forward ? { year: toPast === 0 ? past : next, forward } : { year: past, forward };
  };
  const found: Found[] = [];
  const add = (
    match: RegExpMatchArray,
    make: (m: RegExpMatchArray) => Omit<Found, 'start' | 'end' | 'text'> | undefined,
  ) => {
    const text = match[0].trim();
    const start = match.index! + match[0].indexOf(text);
    const resolved = make(match);
    if (resolved) found.push({ start, end: start + text.length, text, ...resolved });
  };
  const said = (text: string) => `The text says “${text}”`;
  const mark = (edtf: string) => (anchor?.uncertain ? uncertainEdtf(edtf) : edtf);
  const published = anchor ? `the article was published ${anchor.wording}` : '';
  const patterns = PATTERNS[lang]!;

  if (anchor) {
    const a = anchor.day;
    for (const m of paragraph.matchAll(patterns.week!)) {
      add(m, (match) => {
        const which = fold(match.slice(1).find(Boolean) ?? 'this');
        const offset = /^(?:last|pasada|anterior|passada)$/.test(which)
          ? -7
          : /^(?:next|proxima|que viene|que vem)$/.test(which)
            ? 7
            : 0;
        const monday = addDays(mondayOf(a), offset);
        const sunday = addDays(monday, 6);
        const edtf = mark(`${isoDay(monday)}/${isoDay(sunday)}`);
        return {
          edtf,
          relative: true,
          reasoning: `${said(match[0].trim())}; ${published}, so that week runs from ${longDay(monday)} to ${longDay(sunday)}.`,
        };
      });
    }
    for (const m of paragraph.matchAll(patterns.weekend!)) {
      add(m, (match) => {
        const last = /last|pasado|[uú]ltimo/iu.test(match[0]);
        let saturday = addDays(a, -((a.getUTCDay() + 1) % 7));
        if (a.getUTCDay() === 0) saturday = addDays(a, -1);
        if (last && (a.getUTCDay() === 6 || a.getUTCDay() === 0)) saturday = addDays(saturday, -7);
        const sunday = addDays(saturday, 1);
        return {
          edtf: mark(`${isoDay(saturday)}/${isoDay(sunday)}`),
          relative: true,
          reasoning: `${said(match[0].trim())}; ${published}, so that weekend is ${shortDay(saturday)} and ${shortDay(sunday)}.`,
        };
      });
    }
    for (const m of paragraph.matchAll(patterns.month!)) {
      add(m, (match) => {
        const which = fold(match.slice(1).find(Boolean) ?? 'this');
        const shift = /^(?:last|pasado|anterior|passado)$/.test(which)
          ? -1
          : /^(?:next|proximo|que viene|que vem)$/.test(which)
            ? 1
            : 0;
        const date = utc(a.getUTCFullYear(), a.getUTCMonth() + shift, 1);
        return {
          edtf: mark(isoMonth(date.getUTCFullYear(), date.getUTCMonth())),
          relative: true,
          reasoning: `${said(match[0].trim())}; ${published}, so that month is ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}.`,
        };
      });
    }
    for (const m of paragraph.matchAll(patterns.year!)) {
      add(m, (match) => {
        const words = fold(match[0]);
        const year =
          a.getUTCFullYear() +
          (/\b(?:last|pasado|passado)\b/.test(words) ? -1 : /\b(?:next|proximo)\b/.test(words) ? 1 : 0);
        if (/\blater\b|\bainda\b/.test(words)) {
          return {
            edtf: mark(`${isoDay(a)}/${year}-12-31`),
            relative: true,
            reasoning: `${said(match[0].trim())}; ${published}, so some time between that day and the end of ${year}.`,
          };
        }
        if (/\bearlier\b/.test(words)) {
          return {
            edtf: mark(`${year}-01-01/${isoDay(a)}`),
            relative: true,
            reasoning: `${said(match[0].trim())}; ${published}, so some time between the start of ${year} and that day.`,
          };
        }
        return {
          edtf: mark(String(year)),
          relative: true,
          reasoning: `${said(match[0].trim())}; ${published}, so the year is ${year}.`,
        };
      });
    }
    for (const m of paragraph.matchAll(patterns.day!)) {
      add(m, (match) => {
        const word = fold(match[1]!);
        const shift = /^(?:yesterday|ayer|ontem)$/.test(word)
          ? -1
          : /^(?:anteayer|anteontem)$/.test(word)
            ? -2
            : /^tomorrow$/.test(word)
              ? 1
              : 0;
        const day = addDays(a, shift);
        return {
          edtf: mark(isoDay(day)),
          relative: true,
          reasoning: `${said(match[0].trim())}; ${published}, so that day is ${longDay(day)}.`,
        };
      });
    }
    for (const m of paragraph.matchAll(patterns.weekday!)) {
      add(m, (match) => {
        const words = fold(match[0]);
        const name = Object.keys(WEEKDAY_WORDS).find((w) => new RegExp(`\\b${w}\\b`).test(words.replace(/-feira/, '')));
        if (name === undefined) return undefined;
        const target = WEEKDAY_WORDS[name]!;
        const last = /\b(?:last|pasado|passad[ao]|ultim[ao])\b/.test(words);
        const next = /\b(?:next|proxim[ao]|que vem)\b/.test(words) || (!last && future(match.index!));
        const thisWeek = /\b(?:this|este|esta|neste|nesta)\b/.test(words);
        let day: Date;
        if (thisWeek && !last && !next) day = addDays(mondayOf(a), (target + 6) % 7);
        else if (next) {
          const ahead = (target - a.getUTCDay() + 7) % 7;
          day = addDays(a, ahead === 0 && /\bnext|proxim/.test(words) ? 7 : ahead);
        } else {
          const back = (a.getUTCDay() - target + 7) % 7;
          day = addDays(a, -(back === 0 && last ? 7 : back));
        }
        const when = next ? 'the next' : 'the last';
        return {
          edtf: mark(isoDay(day)),
          relative: true,
          reasoning: `${said(match[0].trim())}; ${published}, so that ${WEEKDAYS_EN[target]} is ${shortDay(day)}${day.getTime() === a.getTime() ? ', the day of publication' : `, ${when} one ${next ? 'after' : 'before'} it`}.`,
        };
      });
    }
  }
  for (const m of paragraph.matchAll(patterns.monthName!)) {
    add(m, (match) => {
      const before = paragraph.slice(Math.max(0, match.index! - 4), match.index!);
      if (/\d\s*$/u.test(before)) return undefined; // "7 de janeiro" is a day: chrono's
      const monthWord = fold(match[0]).match(new RegExp(`\\b(${Object.keys(MONTH_WORDS).join('|')})\\b`))?.[1];
      if (!monthWord) return undefined;
      const month = MONTH_WORDS[monthWord]!;
      const stated = match[0].match(/\b(\d{4})\b/)?.[1];
      if (stated) return { edtf: isoMonth(Number(stated), month), relative: false };
      if (!anchor) return undefined;
      const a = anchor.day;
      // A month counts from its last day backwards and its first day forwards.
      const { forward } = yearFor(month, 15, match.index!);
      let year = a.getUTCFullYear();
      if (!forward && month > a.getUTCMonth()) year--;
      if (forward && month < a.getUTCMonth()) year++;
      return {
        edtf: mark(isoMonth(year, month)),
        relative: true,
        reasoning: `${said(match[0].trim())} without a year; ${published}, so it is ${MONTHS[month]} ${year}, the ${forward ? 'next' : 'last'} ${MONTHS[month]} ${forward ? 'from' : 'up to'} then.`,
      };
    });
  }
  for (const m of paragraph.matchAll(YEAR_SPAN))
    add(m, (match) => ({ edtf: `${match[1]}/${match[2]}`, relative: false }));
  for (const m of paragraph.matchAll(YEAR)) add(m, (match) => ({ edtf: match[1]!, relative: false }));

  // Days with their month (and year): chrono.
  for (const result of chronoParsers[lang]!.parse(paragraph, anchor?.day ?? new Date(Date.UTC(2000, 0, 1)), {
    forwardDate: false,
  })) {
    const s = result.start;
    // A day with its month, written with a number ("January 7", "7 de janeiro"): "now" and "today" are the rules' above.
    if (!s.isCertain('day') || !s.isCertain('month') || !/\d/u.test(result.text)) continue;
    let text = result.text;
    let start = result.index;
    const lead =
      /(?:\b(?:on|el|del|desde el|hasta el|para el|em|no dia|no|na|de|desde|at[eé]|el pr[oó]ximo|o pr[oó]ximo|a pr[oó]xima)\s+)$/iu.exec(
        paragraph.slice(0, start),
      );
    if (lead) {
      start -= lead[0].length;
      text = paragraph.slice(start, result.index + result.text.length);
    }
    const month = s.get('month')! - 1;
    const dayOfMonth = s.get('day')!;
    if (s.isCertain('year')) {
      found.push({
        start,
        end: start + text.length,
        text,
        edtf: isoDay(utc(s.get('year')!, month, dayOfMonth)),
        relative: false,
      });
      continue;
    }
    if (!anchor) continue;
    const { year, forward } = yearFor(month, dayOfMonth, result.index);
    const day = utc(year, month, dayOfMonth);
    found.push({
      start,
      end: start + text.length,
      text,
      edtf: mark(isoDay(day)),
      relative: true,
      reasoning: `${said(text)} without a year; ${published}, so it is ${shortDay(day)}, the ${forward ? 'next' : 'last'} such day ${forward ? 'from' : 'up to'} then.`,
    });
  }

  // One date per place in the text: the longest.
  found.sort((x, y) => x.start - y.start || y.end - y.start - (x.end - x.start));
  const kept: Found[] = [];
  for (const f of found) {
    const overlap = kept.findIndex((k) => f.start < k.end && k.start < f.end);
    if (overlap < 0) kept.push(f);
    else if (f.end - f.start > kept[overlap]!.end - kept[overlap]!.start) kept[overlap] = f;
  }
  return kept
    .filter((f) => isDossierDate(f.edtf))
    .map(({ start, end, text, edtf, reasoning }) => ({
      start,
      end,
      text,
      edtf,
      ...(reasoning ? { reasoning: withUncertainty(reasoning, anchor) } : {}),
    }));
}

/** The EDTF of a date made uncertain: `2026-01-07?`, `2026-02-02?/2026-02-08?`. */
function uncertainEdtf(edtf: string): string {
  return edtf
    .split('/')
    .map((part) => (part === '..' || part.endsWith('?') ? part : `${part}?`))
    .join('/');
}

function withUncertainty(reasoning: string, anchor: DateAnchor | undefined): string {
  return anchor?.uncertain
    ? `${reasoning} The publication date is itself inferred, so this date is uncertain.`
    : reasoning;
}
