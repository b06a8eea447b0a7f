declare module 'edtf' {
  /** The parse tree `edtf.parse` returns (only the parts this project reads). */
  export interface EdtfNode {
    type: 'Date' | 'Year' | 'Season' | 'Interval' | 'Set' | 'List' | 'Century' | 'Decade';
    level: number;
    values: Array<number | EdtfNode | null>;
    uncertain?: boolean | number;
    approximate?: boolean | number;
  }
  export function parse(input: string, options?: { level?: number; types?: string[] }): EdtfNode;
}
