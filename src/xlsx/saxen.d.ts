/** The part of saxen's API the reader uses (the package ships no types). */
declare module 'saxen' {
  export class Parser {
    on(event: 'openTag', cb: (name: string, attrs: () => Record<string, string>) => void): void;
    on(event: 'text' | 'cdata', cb: (text: string) => void): void;
    on(event: 'closeTag', cb: (name: string) => void): void;
    on(event: 'error' | 'warn', cb: (err: Error) => void): void;
    parse(xml: string): void;
  }
}
