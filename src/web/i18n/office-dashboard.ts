// The office's dashboard section, in four languages (nl is the source of the keys).

export const officeDashboardNl = {
  'office.dashboard.title': 'Dashboard',
  'office.dashboard.intro':
    'Cijfers van de aanvragen van uw gemeente. De toestand en de achterstand gelden nu; de '
    + 'andere cijfers gelden voor de gekozen periode.',
  'office.dashboard.forbidden.title': 'Geen toegang tot het dashboard',
  'office.dashboard.forbidden.body':
    'Het dashboard is er voor burgerzaken, de ambtenaar van de burgerlijke stand en de '
    + 'beheerder. Vraag een collega met een van die rollen als u de cijfers nodig hebt.',
  'office.dashboard.period.legend': 'Periode',
  'office.dashboard.period.from': 'Van',
  'office.dashboard.period.to': 'Tot en met',
  'office.dashboard.period.hint': 'Een datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-02.',
  'office.dashboard.period.submit': 'Toon de cijfers',
  'office.dashboard.period.shown':
    'Periode van {from} tot en met {to}. Toestand en achterstand geteld op {at}.',
  'office.dashboard.error.from.invalid': 'Geef de begindatum als JJJJ-MM-DD, bijvoorbeeld 2026-03-02.',
  'office.dashboard.error.to.invalid': 'Geef de einddatum als JJJJ-MM-DD, bijvoorbeeld 2026-05-24.',
  'office.dashboard.error.from.order': 'De begindatum moet voor of op de einddatum liggen.',
  'office.dashboard.error.from.tooLong': 'Kies een periode van hoogstens twee jaar.',
  'office.dashboard.csv': 'Download de cijfers als CSV',
  'office.dashboard.table': 'De cijfers als tabel',
  'office.dashboard.count': 'Aantal',
  'office.dashboard.states.title': 'Aanvragen per toestand (nu)',
  'office.dashboard.states.desc': 'Staafdiagram met het aantal aanvragen per toestand: {list}.',
  'office.dashboard.states.status': 'Toestand',
  'office.dashboard.weeks.title': 'Gestarte aanvragen per week en kanaal',
  'office.dashboard.weeks.desc':
    'Gestapeld staafdiagram: per week het aantal aanvragen dat online en aan het loket startte, '
    + 'samen {total} ({online} online, {counter} aan het loket).',
  'office.dashboard.weeks.week': 'Week van',
  'office.dashboard.channel.online': 'Online',
  'office.dashboard.channel.counter': 'Loket',
  'office.dashboard.lead.title': 'Doorlooptijd per weg, van start tot registratie (dagen)',
  'office.dashboard.lead.desc':
    'Staafdiagram met de mediaan en het 90ste percentiel van de doorlooptijd in dagen, per weg. {list}.',
  'office.dashboard.lead.path': 'Weg',
  'office.dashboard.lead.completed': 'Afgerond in de periode',
  'office.dashboard.lead.median': 'Mediaan (dagen)',
  'office.dashboard.lead.p90': '90ste percentiel (dagen)',
  'office.dashboard.lead.none': 'geen',
  'office.dashboard.path.joint': 'Samen',
  'office.dashboard.path.unilateral': 'Alleen',
  'office.dashboard.norms.title': 'Afgerond binnen de servicenormen',
  'office.dashboard.norms.desc':
    'Balk: {within} van de {completed} aanvragen die in de periode afgerond werden, bleven '
    + 'binnen de normen ({percent}).',
  'office.dashboard.norms.explain':
    'Binnen de normen: de gemeente registreerde binnen het aantal werkdagen uit haar '
    + 'instellingen, en bij een verklaring alleen betekende de gerechtsdeurwaarder binnen de '
    + '8 dagen van de wet.',
  'office.dashboard.norms.completed': 'Afgerond in de periode',
  'office.dashboard.norms.within': 'Binnen de normen',
  'office.dashboard.norms.share': 'Aandeel',
  'office.dashboard.norms.none': 'geen afgeronde aanvragen',
  'office.dashboard.overdue.title': 'Achterstand (nu)',
  'office.dashboard.overdue.desc':
    'Staafdiagram: {total} open aanvragen met achterstand; {deadline} met een verstreken '
    + 'termijn, {followUp} met een opvolgtaak over de vervaldatum.',
  'office.dashboard.overdue.total': 'Open aanvragen met achterstand',
  'office.dashboard.overdue.deadline': 'Termijn verstreken',
  'office.dashboard.overdue.followUp': 'Opvolgtaak over tijd',
  'office.dashboard.figure': 'Cijfer',
  'office.dashboard.status.draft': 'Ontwerp',
  'office.dashboard.status.awaiting_partner': 'Wacht op partner',
  'office.dashboard.status.awaiting_declarant_choice': 'Wacht op keuze aanvrager',
  'office.dashboard.status.awaiting_counter_visit': 'Wacht op loketbezoek',
  'office.dashboard.status.awaiting_payment': 'Wacht op betaling',
  'office.dashboard.status.awaiting_service': 'Wacht op betekening',
  'office.dashboard.status.registering': 'Te registreren',
  'office.dashboard.status.completed': 'Afgerond',
  'office.dashboard.status.withdrawn': 'Ingetrokken',
  'office.dashboard.status.lapsed': 'Vervallen',
  'office.dashboard.status.expired': 'Verlopen',
};

export const officeDashboardFr: Record<keyof typeof officeDashboardNl, string> = {
  'office.dashboard.title': 'Tableau de bord',
  'office.dashboard.intro':
    'Les chiffres des dossiers de votre commune. L\'état et les retards valent pour maintenant ; '
    + 'les autres chiffres valent pour la période choisie.',
  'office.dashboard.forbidden.title': 'Pas d\'accès au tableau de bord',
  'office.dashboard.forbidden.body':
    'Le tableau de bord est réservé à la population, à l\'officier de l\'état civil et à '
    + 'l\'administrateur. Demandez à un collègue qui a l\'un de ces rôles si vous avez besoin des chiffres.',
  'office.dashboard.period.legend': 'Période',
  'office.dashboard.period.from': 'Du',
  'office.dashboard.period.to': 'Au (inclus)',
  'office.dashboard.period.hint': 'Une date AAAA-MM-JJ, par exemple 2026-03-02.',
  'office.dashboard.period.submit': 'Afficher les chiffres',
  'office.dashboard.period.shown':
    'Période du {from} au {to} inclus. État et retards comptés le {at}.',
  'office.dashboard.error.from.invalid': 'Indiquez la date de début en AAAA-MM-JJ, par exemple 2026-03-02.',
  'office.dashboard.error.to.invalid': 'Indiquez la date de fin en AAAA-MM-JJ, par exemple 2026-05-24.',
  'office.dashboard.error.from.order': 'La date de début doit précéder la date de fin ou lui être égale.',
  'office.dashboard.error.from.tooLong': 'Choisissez une période de deux ans au plus.',
  'office.dashboard.csv': 'Télécharger les chiffres en CSV',
  'office.dashboard.table': 'Les chiffres sous forme de tableau',
  'office.dashboard.count': 'Nombre',
  'office.dashboard.states.title': 'Dossiers par état (maintenant)',
  'office.dashboard.states.desc': 'Diagramme en barres du nombre de dossiers par état : {list}.',
  'office.dashboard.states.status': 'État',
  'office.dashboard.weeks.title': 'Dossiers ouverts par semaine et par canal',
  'office.dashboard.weeks.desc':
    'Diagramme en barres empilées : par semaine, le nombre de dossiers ouverts en ligne et au '
    + 'guichet, au total {total} ({online} en ligne, {counter} au guichet).',
  'office.dashboard.weeks.week': 'Semaine du',
  'office.dashboard.channel.online': 'En ligne',
  'office.dashboard.channel.counter': 'Guichet',
  'office.dashboard.lead.title': 'Délai par voie, de l\'ouverture à l\'enregistrement (jours)',
  'office.dashboard.lead.desc':
    'Diagramme en barres de la médiane et du 90e centile du délai en jours, par voie. {list}.',
  'office.dashboard.lead.path': 'Voie',
  'office.dashboard.lead.completed': 'Terminés dans la période',
  'office.dashboard.lead.median': 'Médiane (jours)',
  'office.dashboard.lead.p90': '90e centile (jours)',
  'office.dashboard.lead.none': 'aucun',
  'office.dashboard.path.joint': 'Commune',
  'office.dashboard.path.unilateral': 'Unilatérale',
  'office.dashboard.norms.title': 'Terminés dans les normes de service',
  'office.dashboard.norms.desc':
    'Barre : {within} des {completed} dossiers terminés dans la période ont respecté les '
    + 'normes ({percent}).',
  'office.dashboard.norms.explain':
    'Dans les normes : la commune a enregistré dans le nombre de jours ouvrables de ses '
    + 'paramètres et, pour une déclaration unilatérale, l\'huissier a signifié dans les 8 jours '
    + 'de la loi.',
  'office.dashboard.norms.completed': 'Terminés dans la période',
  'office.dashboard.norms.within': 'Dans les normes',
  'office.dashboard.norms.share': 'Part',
  'office.dashboard.norms.none': 'aucun dossier terminé',
  'office.dashboard.overdue.title': 'Retards (maintenant)',
  'office.dashboard.overdue.desc':
    'Diagramme en barres : {total} dossiers ouverts en retard ; {deadline} avec un délai '
    + 'dépassé, {followUp} avec une tâche de suivi échue.',
  'office.dashboard.overdue.total': 'Dossiers ouverts en retard',
  'office.dashboard.overdue.deadline': 'Délai dépassé',
  'office.dashboard.overdue.followUp': 'Tâche de suivi échue',
  'office.dashboard.figure': 'Chiffre',
  'office.dashboard.status.draft': 'Brouillon',
  'office.dashboard.status.awaiting_partner': 'Attend le partenaire',
  'office.dashboard.status.awaiting_declarant_choice': 'Attend le choix du déclarant',
  'office.dashboard.status.awaiting_counter_visit': 'Attend la visite au guichet',
  'office.dashboard.status.awaiting_payment': 'Attend le paiement',
  'office.dashboard.status.awaiting_service': 'Attend la signification',
  'office.dashboard.status.registering': 'À enregistrer',
  'office.dashboard.status.completed': 'Terminé',
  'office.dashboard.status.withdrawn': 'Retiré',
  'office.dashboard.status.lapsed': 'Caduc',
  'office.dashboard.status.expired': 'Expiré',
};

export const officeDashboardDe: Record<keyof typeof officeDashboardNl, string> = {
  'office.dashboard.title': 'Übersicht',
  'office.dashboard.intro':
    'Zahlen zu den Anträgen Ihrer Gemeinde. Stand und Rückstände gelten jetzt; die anderen '
    + 'Zahlen gelten für den gewählten Zeitraum.',
  'office.dashboard.forbidden.title': 'Kein Zugang zur Übersicht',
  'office.dashboard.forbidden.body':
    'Die Übersicht ist für das Bürgeramt, den Standesbeamten und die Verwaltung da. Fragen '
    + 'Sie eine Kollegin oder einen Kollegen mit einer dieser Rollen, wenn Sie die Zahlen brauchen.',
  'office.dashboard.period.legend': 'Zeitraum',
  'office.dashboard.period.from': 'Von',
  'office.dashboard.period.to': 'Bis einschließlich',
  'office.dashboard.period.hint': 'Ein Datum als JJJJ-MM-TT, zum Beispiel 2026-03-02.',
  'office.dashboard.period.submit': 'Zahlen anzeigen',
  'office.dashboard.period.shown':
    'Zeitraum vom {from} bis einschließlich {to}. Stand und Rückstände gezählt am {at}.',
  'office.dashboard.error.from.invalid': 'Geben Sie das Anfangsdatum als JJJJ-MM-TT an, zum Beispiel 2026-03-02.',
  'office.dashboard.error.to.invalid': 'Geben Sie das Enddatum als JJJJ-MM-TT an, zum Beispiel 2026-05-24.',
  'office.dashboard.error.from.order': 'Das Anfangsdatum muss vor dem Enddatum liegen oder gleich sein.',
  'office.dashboard.error.from.tooLong': 'Wählen Sie einen Zeitraum von höchstens zwei Jahren.',
  'office.dashboard.csv': 'Zahlen als CSV herunterladen',
  'office.dashboard.table': 'Die Zahlen als Tabelle',
  'office.dashboard.count': 'Anzahl',
  'office.dashboard.states.title': 'Anträge nach Stand (jetzt)',
  'office.dashboard.states.desc': 'Balkendiagramm der Anzahl Anträge je Stand: {list}.',
  'office.dashboard.states.status': 'Stand',
  'office.dashboard.weeks.title': 'Begonnene Anträge je Woche und Kanal',
  'office.dashboard.weeks.desc':
    'Gestapeltes Balkendiagramm: je Woche die Anzahl online und am Schalter begonnener '
    + 'Anträge, zusammen {total} ({online} online, {counter} am Schalter).',
  'office.dashboard.weeks.week': 'Woche vom',
  'office.dashboard.channel.online': 'Online',
  'office.dashboard.channel.counter': 'Schalter',
  'office.dashboard.lead.title': 'Durchlaufzeit je Weg, vom Beginn bis zur Eintragung (Tage)',
  'office.dashboard.lead.desc':
    'Balkendiagramm des Medians und des 90. Perzentils der Durchlaufzeit in Tagen, je Weg. {list}.',
  'office.dashboard.lead.path': 'Weg',
  'office.dashboard.lead.completed': 'Im Zeitraum abgeschlossen',
  'office.dashboard.lead.median': 'Median (Tage)',
  'office.dashboard.lead.p90': '90. Perzentil (Tage)',
  'office.dashboard.lead.none': 'keine',
  'office.dashboard.path.joint': 'Gemeinsam',
  'office.dashboard.path.unilateral': 'Einseitig',
  'office.dashboard.norms.title': 'Innerhalb der Servicenormen abgeschlossen',
  'office.dashboard.norms.desc':
    'Balken: {within} der {completed} im Zeitraum abgeschlossenen Anträge blieben innerhalb '
    + 'der Normen ({percent}).',
  'office.dashboard.norms.explain':
    'Innerhalb der Normen: Die Gemeinde hat innerhalb der Arbeitstage ihrer Einstellungen '
    + 'eingetragen, und bei einer einseitigen Erklärung hat der Gerichtsvollzieher innerhalb '
    + 'der 8 Tage des Gesetzes zugestellt.',
  'office.dashboard.norms.completed': 'Im Zeitraum abgeschlossen',
  'office.dashboard.norms.within': 'Innerhalb der Normen',
  'office.dashboard.norms.share': 'Anteil',
  'office.dashboard.norms.none': 'keine abgeschlossenen Anträge',
  'office.dashboard.overdue.title': 'Rückstände (jetzt)',
  'office.dashboard.overdue.desc':
    'Balkendiagramm: {total} offene Anträge im Rückstand; {deadline} mit abgelaufener Frist, '
    + '{followUp} mit überfälliger Nachverfolgungsaufgabe.',
  'office.dashboard.overdue.total': 'Offene Anträge im Rückstand',
  'office.dashboard.overdue.deadline': 'Frist abgelaufen',
  'office.dashboard.overdue.followUp': 'Nachverfolgung überfällig',
  'office.dashboard.figure': 'Zahl',
  'office.dashboard.status.draft': 'Entwurf',
  'office.dashboard.status.awaiting_partner': 'Wartet auf Partner',
  'office.dashboard.status.awaiting_declarant_choice': 'Wartet auf Wahl des Antragstellers',
  'office.dashboard.status.awaiting_counter_visit': 'Wartet auf Schalterbesuch',
  'office.dashboard.status.awaiting_payment': 'Wartet auf Zahlung',
  'office.dashboard.status.awaiting_service': 'Wartet auf Zustellung',
  'office.dashboard.status.registering': 'Einzutragen',
  'office.dashboard.status.completed': 'Abgeschlossen',
  'office.dashboard.status.withdrawn': 'Zurückgezogen',
  'office.dashboard.status.lapsed': 'Hinfällig',
  'office.dashboard.status.expired': 'Abgelaufen',
};

export const officeDashboardEn: Record<keyof typeof officeDashboardNl, string> = {
  'office.dashboard.title': 'Dashboard',
  'office.dashboard.intro':
    'Figures on your municipality\'s cases. States and overdue cases are as of now; the other '
    + 'figures are for the chosen period.',
  'office.dashboard.forbidden.title': 'No access to the dashboard',
  'office.dashboard.forbidden.body':
    'The dashboard is for civil affairs, the registrar and the administrator. Ask a colleague '
    + 'with one of those roles if you need the figures.',
  'office.dashboard.period.legend': 'Period',
  'office.dashboard.period.from': 'From',
  'office.dashboard.period.to': 'To (included)',
  'office.dashboard.period.hint': 'A date as YYYY-MM-DD, for example 2026-03-02.',
  'office.dashboard.period.submit': 'Show the figures',
  'office.dashboard.period.shown':
    'Period from {from} to {to} included. States and overdue cases counted at {at}.',
  'office.dashboard.error.from.invalid': 'Enter the start date as YYYY-MM-DD, for example 2026-03-02.',
  'office.dashboard.error.to.invalid': 'Enter the end date as YYYY-MM-DD, for example 2026-05-24.',
  'office.dashboard.error.from.order': 'The start date must be on or before the end date.',
  'office.dashboard.error.from.tooLong': 'Choose a period of two years at most.',
  'office.dashboard.csv': 'Download the figures as CSV',
  'office.dashboard.table': 'The figures as a table',
  'office.dashboard.count': 'Number',
  'office.dashboard.states.title': 'Cases per state (now)',
  'office.dashboard.states.desc': 'Bar chart of the number of cases per state: {list}.',
  'office.dashboard.states.status': 'State',
  'office.dashboard.weeks.title': 'Cases started per week and channel',
  'office.dashboard.weeks.desc':
    'Stacked bar chart: per week, the number of cases started online and at the counter, '
    + '{total} in all ({online} online, {counter} at the counter).',
  'office.dashboard.weeks.week': 'Week of',
  'office.dashboard.channel.online': 'Online',
  'office.dashboard.channel.counter': 'Counter',
  'office.dashboard.lead.title': 'Lead time per path, from start to registration (days)',
  'office.dashboard.lead.desc':
    'Bar chart of the median and the 90th percentile of the lead time in days, per path. {list}.',
  'office.dashboard.lead.path': 'Path',
  'office.dashboard.lead.completed': 'Completed in the period',
  'office.dashboard.lead.median': 'Median (days)',
  'office.dashboard.lead.p90': '90th percentile (days)',
  'office.dashboard.lead.none': 'none',
  'office.dashboard.path.joint': 'Joint',
  'office.dashboard.path.unilateral': 'Unilateral',
  'office.dashboard.norms.title': 'Completed within the service norms',
  'office.dashboard.norms.desc':
    'Bar: {within} of the {completed} cases completed in the period kept to the norms '
    + '({percent}).',
  'office.dashboard.norms.explain':
    'Within the norms: the municipality registered within the working days of its settings, '
    + 'and for a unilateral declaration the bailiff served it within the 8 days of the law.',
  'office.dashboard.norms.completed': 'Completed in the period',
  'office.dashboard.norms.within': 'Within the norms',
  'office.dashboard.norms.share': 'Share',
  'office.dashboard.norms.none': 'no completed cases',
  'office.dashboard.overdue.title': 'Overdue (now)',
  'office.dashboard.overdue.desc':
    'Bar chart: {total} open cases overdue; {deadline} with a deadline passed, {followUp} '
    + 'with a follow-up task past its due date.',
  'office.dashboard.overdue.total': 'Open cases overdue',
  'office.dashboard.overdue.deadline': 'Deadline passed',
  'office.dashboard.overdue.followUp': 'Follow-up task overdue',
  'office.dashboard.figure': 'Figure',
  'office.dashboard.status.draft': 'Draft',
  'office.dashboard.status.awaiting_partner': 'Awaiting partner',
  'office.dashboard.status.awaiting_declarant_choice': 'Awaiting declarant\'s choice',
  'office.dashboard.status.awaiting_counter_visit': 'Awaiting counter visit',
  'office.dashboard.status.awaiting_payment': 'Awaiting payment',
  'office.dashboard.status.awaiting_service': 'Awaiting service',
  'office.dashboard.status.registering': 'Registering',
  'office.dashboard.status.completed': 'Completed',
  'office.dashboard.status.withdrawn': 'Withdrawn',
  'office.dashboard.status.lapsed': 'Lapsed',
  'office.dashboard.status.expired': 'Expired',
};
