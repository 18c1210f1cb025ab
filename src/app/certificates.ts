import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import type { CertificateStatement } from '../db/schema.ts';
import type { CaseState, CertificateKind } from '../process/index.ts';
import { systemActor } from '../process/index.ts';
import type { Household, NationalRegister, Person } from '../register/port.ts';
import { certificateTexts, fill, type CertificateTexts } from './certificate-texts.ts';
import type { DocumentLanguage, DocumentsPort } from './documents.ts';

/** A verification code people can type: 12 characters without look-alikes, in 3 groups. */
export function verificationCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const chars = [...randomBytes(12)].map((b) => alphabet[b % alphabet.length]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

export interface IssueDeps {
  db: Db;
  documents: DocumentsPort;
  register: NationalRegister;
  publicUrl: string;
}

/** Who holds a copy: both partners, but a receipt and a declaration of one signer only. */
function holders(state: CaseState, kind: CertificateKind): string[] {
  const both = [state.declarant, state.partner];
  if (kind === 'termination' || kind === 'household') return both;
  return state.path === 'joint' ? both : [state.declarant];
}

async function languageOf(db: Db, person: string, municipality: string): Promise<DocumentLanguage> {
  const preference = await db.selectFrom('contact_preference').select('language')
    .where('person_id', '=', person).executeTakeFirst();
  if (preference?.language) return preference.language;
  const row = await db.selectFrom('municipality').select('language')
    .where('code', '=', municipality).executeTakeFirst();
  return row?.language ?? 'nl';
}

function day(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

function brusselsDay(moment: string): string {
  return day(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' })
    .format(new Date(moment)));
}

type Line = { label: string; value: string };

function born(t: CertificateTexts, person: Person | null): string {
  if (!person) return '—';
  return fill(t.born, { name: `${person.firstNames} ${person.surname}`,
    date: day(person.birthDate) });
}

/**
 * What the certificate states, in the holder's language. Only what the kind needs; never an
 * address of the other partner (rule 5): the household extract is the holder's own, and the
 * termination certificate names the date of service, not its place.
 */
function statement(
  t: CertificateTexts, kind: CertificateKind, state: CaseState, reference: string,
  people: { declarant: Person | null; partner: Person | null }, household: Household | null,
  issuedAt: Date,
): CertificateStatement {
  const lines: Line[] = [{ label: t.reference, value: reference }];
  const partners: Line[] = [
    { label: t.partner, value: born(t, people.declarant) },
    { label: t.partner, value: born(t, people.partner) },
  ];
  if (kind === 'receipt' && state.receipt) {
    lines.push({ label: t.receiptNumber, value: state.receipt.number },
      { label: t.receivedOn, value: day(state.receipt.date) },
      { label: t.kind, value: state.path === 'joint' ? t.joint : t.unilateral }, ...partners);
  } else if (kind === 'declaration') {
    lines.push({ label: t.kind, value: state.path === 'joint' ? t.joint : t.unilateral },
      ...partners, ...state.signatures.map((s) => ({ label: t.signedBy, value: fill(t.signature, {
        name: s.by === 'declarant' ? nameOf(people.declarant) : nameOf(people.partner),
        date: brusselsDay(s.at) }) })));
  } else if (kind === 'termination' && state.registration) {
    lines.push(...partners,
      { label: t.effectiveDate, value: day(state.registration.effectiveDate) },
      { label: t.registerReference, value: state.registration.registerReference },
      ...(state.service ? [{ label: t.servedOn, value: day(state.service.date) }] : []));
  } else if (kind === 'household') {
    lines.push(...householdLines(t, household));
  }
  lines.push({ label: t.issuedOn, value: brusselsDay(issuedAt.toISOString()) });
  return { title: t.title[kind], lines };
}

function nameOf(person: Person | null): string {
  return person ? `${person.firstNames} ${person.surname}` : '—';
}

function householdLines(t: CertificateTexts, household: Household | null): Line[] {
  if (!household) return [{ label: t.address, value: t.noHousehold }];
  const a = household.address;
  const address = `${a.street} ${a.number}${a.box ? ` bus ${a.box}` : ''}, ${a.postalCode} ${a.city}`;
  return [{ label: t.address, value: address }, ...household.members.map((m) => ({
    label: t.member,
    value: fill(m.referencePerson ? t.referencePerson : t.born,
      { name: `${m.firstNames} ${m.surname}`, date: day(m.birthDate) }),
  }))];
}

/**
 * Issues each holder's own copy of a certificate: the statement in their language, a PDF
 * with a verification code and QR code, sealed with the municipality's certificate. Once per
 * certificate and holder; a copy it replaces is marked as no longer current.
 */
export async function issueCopies(deps: IssueDeps, certificate: {
  id: string; kind: CertificateKind; state: CaseState; now: Date;
}): Promise<number> {
  const { db, documents, register } = deps;
  const { state, kind, now } = certificate;
  const caseRow = await db.selectFrom('case_list').innerJoin('municipality', 'municipality.code',
    'case_list.municipality').select(['case_list.reference', 'municipality.name'])
    .where('case_list.case_id', '=', state.caseId).executeTakeFirstOrThrow();
  const context = { actor: systemActor, caseId: state.caseId, purpose: `certificate: ${kind}` };
  const needsPeople = kind !== 'household';
  const people = needsPeople ? {
    declarant: await register.findPerson(state.declarant, context),
    partner: await register.findPerson(state.partner, context),
  } : { declarant: null, partner: null };
  const seal = await documents.certificateFor(state.municipality);
  let issued = 0;
  for (const holder of holders(state, kind)) {
    const language = await languageOf(db, holder, state.municipality);
    const t = certificateTexts[language];
    const household = kind === 'household' ? await register.household(holder, context) : null;
    const stated = statement(t, kind, state, caseRow.reference, people, household, now);
    const code = verificationCode();
    const pdf = await documents.seal(await documents.renderCertificate({
      language, caseReference: caseRow.reference, municipality: caseRow.name[language],
      statement: stated, verificationCode: code,
      verifyUrl: `${deps.publicUrl.replace(/\/$/, '')}/verify?code=${code}`,
      verification: { heading: t.verificationHeading, codeLabel: t.codeLabel,
        explanation: t.explanation },
    }), seal);
    const inserted = await db.insertInto('certificate_copy').values({
      id: randomUUID(), certificate_id: certificate.id, case_id: state.caseId, person_id: holder,
      kind, language, verification_code: code, sha256: sha256(pdf), pdf,
      statement: JSON.stringify(stated), issued_at: now,
    }).onConflict((oc) => oc.columns(['certificate_id', 'person_id']).doNothing())
      .returning('id').executeTakeFirst();
    if (!inserted) continue;
    issued += 1;
    await db.updateTable('certificate_copy').set({ superseded_at: now })
      .where('case_id', '=', state.caseId).where('person_id', '=', holder)
      .where('kind', '=', kind).where('id', '!=', inserted.id)
      .where('superseded_at', 'is', null).execute();
  }
  return issued;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** What the public verification page may show about a copy. */
export interface Verified {
  kind: CertificateKind;
  language: DocumentLanguage;
  statement: CertificateStatement;
  issuedAt: Date;
  current: boolean;
}

const codePattern = z.string().trim().toUpperCase()
  .regex(/^[A-HJ-NP-Z2-9]{4}-?[A-HJ-NP-Z2-9]{4}-?[A-HJ-NP-Z2-9]{4}$/);

/** Normalizes a typed code (spaces, lower case, no dashes); null when it cannot be one. */
export function normalizeCode(input: string): string | null {
  const parsed = codePattern.safeParse(input.replace(/\s+/g, ''));
  if (!parsed.success) return null;
  const bare = parsed.data.replace(/-/g, '');
  return `${bare.slice(0, 4)}-${bare.slice(4, 8)}-${bare.slice(8)}`;
}

async function verifiedBy(db: Db, column: 'verification_code' | 'sha256', value: string) {
  const row = await db.selectFrom('certificate_copy')
    .select(['kind', 'language', 'statement', 'issued_at', 'superseded_at'])
    .where(column, '=', value).executeTakeFirst();
  if (!row) return null;
  return { kind: row.kind, language: row.language, statement: row.statement,
    issuedAt: row.issued_at, current: row.superseded_at === null } satisfies Verified;
}

/** The copy with this verification code, or null (unknown or malformed code). */
export async function verifyCode(db: Db, code: string): Promise<Verified | null> {
  const normalized = normalizeCode(code);
  return normalized === null ? null : verifiedBy(db, 'verification_code', normalized);
}

/** The copy whose PDF is exactly these bytes, or null (altered, or not issued here). */
export async function verifyPdf(db: Db, pdf: Uint8Array): Promise<Verified | null> {
  return verifiedBy(db, 'sha256', sha256(pdf));
}

/** The copies one person holds for a case, current first, without their PDF. */
export async function copiesOfPerson(db: Db, caseId: string, person: string) {
  return db.selectFrom('certificate_copy')
    .select(['id', 'kind', 'language', 'verification_code', 'issued_at', 'superseded_at'])
    .where('case_id', '=', caseId).where('person_id', '=', person)
    .orderBy('issued_at').orderBy('kind').execute();
}

/** One of the person's own copies as a PDF; another person's copy is not found alike. */
export async function copyForPerson(db: Db, caseId: string, copyId: string, person: string) {
  if (!z.string().uuid().safeParse(copyId).success) return null;
  const row = await db.selectFrom('certificate_copy').select(['pdf', 'kind', 'verification_code'])
    .where('id', '=', copyId).where('case_id', '=', caseId).where('person_id', '=', person)
    .executeTakeFirst();
  return row ?? null;
}

/** The household as the person's current extract states it, after the termination. */
export async function currentHousehold(
  db: Db, caseId: string, person: string,
): Promise<CertificateStatement | null> {
  const row = await db.selectFrom('certificate_copy').select('statement')
    .where('case_id', '=', caseId).where('person_id', '=', person)
    .where('kind', '=', 'household').where('superseded_at', 'is', null)
    .orderBy('issued_at', 'desc').executeTakeFirst();
  return row?.statement ?? null;
}
