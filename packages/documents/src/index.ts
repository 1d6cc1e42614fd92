export const DOCUMENTS_VERSION = 'documents/1';
