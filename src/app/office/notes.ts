// Internal notes of the municipality's staff on a case. Notes are for staff only: no
// citizen's page or message ever reads this table.
import type { Db } from '../../db/database.ts';

/** The longest note, in characters. */
export const noteMaxLength = 2000;

export interface CaseNote {
  id: number;
  authorName: string;
  text: string;
  createdAt: Date;
}

export type NoteIssue = 'note_empty' | 'note_too_long';

/** Why a note cannot be kept as typed, or null when it can. */
export function noteIssue(text: string): NoteIssue | null {
  const trimmed = text.trim();
  if (trimmed === '') return 'note_empty';
  if (trimmed.length > noteMaxLength) return 'note_too_long';
  return null;
}

export class NoteError extends Error {
  constructor(readonly issue: NoteIssue) {
    super(`The note is not kept: ${issue}`);
    this.name = 'NoteError';
  }
}

export interface NoteAuthor {
  subject: string;
  name: string;
}

/** Keeps a note on the case, by the signed-in staff member; refuses an empty or long one. */
export async function addNote(
  db: Db, caseId: string, author: NoteAuthor, text: string, now: Date,
): Promise<void> {
  const issue = noteIssue(text);
  if (issue !== null) throw new NoteError(issue);
  await db.insertInto('case_note').values({
    case_id: caseId, author_subject: author.subject, author_name: author.name,
    text: text.trim(), created_at: now,
  }).execute();
}

/** The case's notes, newest first. */
export async function notesOf(db: Db, caseId: string): Promise<CaseNote[]> {
  const rows = await db.selectFrom('case_note').selectAll().where('case_id', '=', caseId)
    .orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map((row) => ({
    id: Number(row.id), authorName: row.author_name, text: row.text, createdAt: row.created_at,
  }));
}
