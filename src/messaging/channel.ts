/**
 * Marks our messages so unrelated runtime messages are ignored rather than misread. In a file of
 * its own so the content script's page-load path can name it without loading the contract.
 */
export const CHANNEL = 'reading-timeline/v1';
