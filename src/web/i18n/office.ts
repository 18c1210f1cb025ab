// The municipality's office: the navigation shared by its sections, in four languages.
// Each section's own texts are in office-<section>.ts; all are spread into the message files.

export const officeNl = {
  'office.nav.cases': 'Dossiers',
  'office.nav.tasks': 'Mijn taken',
  'office.nav.counter': 'Loket',
  'office.nav.invoices': 'Facturen',
  'office.nav.dashboard': 'Overzicht',
  'office.nav.crm': 'CRM-berichten',
  'office.nav.settings': 'Instellingen',
};

export const officeFr: Record<keyof typeof officeNl, string> = {
  'office.nav.cases': 'Dossiers',
  'office.nav.tasks': 'Mes tâches',
  'office.nav.counter': 'Guichet',
  'office.nav.invoices': 'Factures',
  'office.nav.dashboard': 'Tableau de bord',
  'office.nav.crm': 'Messages CRM',
  'office.nav.settings': 'Paramètres',
};

export const officeDe: Record<keyof typeof officeNl, string> = {
  'office.nav.cases': 'Akten',
  'office.nav.tasks': 'Meine Aufgaben',
  'office.nav.counter': 'Schalter',
  'office.nav.invoices': 'Rechnungen',
  'office.nav.dashboard': 'Übersicht',
  'office.nav.crm': 'CRM-Nachrichten',
  'office.nav.settings': 'Einstellungen',
};

export const officeEn: Record<keyof typeof officeNl, string> = {
  'office.nav.cases': 'Cases',
  'office.nav.tasks': 'My tasks',
  'office.nav.counter': 'Counter',
  'office.nav.invoices': 'Invoices',
  'office.nav.dashboard': 'Dashboard',
  'office.nav.crm': 'CRM messages',
  'office.nav.settings': 'Settings',
};
