/** Language of every text the core writes: Vietnamese by default, English when asked. */
export type Lang = 'vi' | 'en';
