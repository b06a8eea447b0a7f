declare module 'stopwords-iso' {
  /** The stop-word list of each language, by ISO 639-1 code (en, es, pt …): lower-case words, with their accents. */
  const stopwords: Record<string, string[]>;
  export default stopwords;
}
