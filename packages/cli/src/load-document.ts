import { readFile } from 'node:fs/promises';
import { formatProblems, validateDocument, type PlanDocument } from '@performa/core';
import { BadInput, type Io } from './io.js';

/**
 * Reads, parses and validates a performa/1 file. On any problem throws BadInput carrying ONE report
 * that lists every problem with its JSON Pointer (exit 2, nothing written).
 */
export async function loadDocumentFile(path: string, io: Io): Promise<PlanDocument> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BadInput(
      io.lang === 'en'
        ? `Cannot read "${path}"${code === 'ENOENT' ? ': the file does not exist' : ` (${code})`}.`
        : `Impossibile leggere "${path}"${code === 'ENOENT' ? ': il file non esiste' : ` (${code})`}.`,
    );
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    throw new BadInput(
      io.lang === 'en'
        ? `"${path}" is not valid JSON: ${(error as Error).message}`
        : `"${path}" non è un JSON valido: ${(error as Error).message}`,
    );
  }
  const result = validateDocument(input, io.lang);
  if (!result.ok) throw new BadInput(formatProblems(result.problems, io.lang, path));
  return result.document;
}
