// The office's invoices section, in four languages (nl is the source of the keys): the
// bailiffs' invoices beside the deposits of their cases, approve or dispute.

export const officeInvoicesNl = {
  'office.invoices.title': 'Facturen van gerechtsdeurwaarders',
  'office.invoices.intro': 'Elke factuur staat naast het voorschot dat de aanvrager voor het '
    + 'dossier betaalde. Keurt u een factuur goed, dan wordt het verschil teruggestort of aan '
    + 'de aanvrager gevraagd. Betwist u ze, dan leest de gerechtsdeurwaarder uw reden en kan '
    + 'hij ze met een creditnota vervangen.',
  'office.invoices.empty': 'Er zijn nog geen facturen voor uw gemeente.',
  'office.invoices.caption': 'Facturen en voorschotten, de nieuwste eerst',
  'office.invoices.col.invoice': 'Factuur',
  'office.invoices.col.case': 'Dossier',
  'office.invoices.col.bailiff': 'Gerechtsdeurwaarder',
  'office.invoices.col.deposit': 'Betaald voorschot',
  'office.invoices.col.total': 'Factuurbedrag (btw inbegrepen)',
  'office.invoices.col.difference': 'Verschil',
  'office.invoices.col.status': 'Status',
  'office.invoices.col.actions': 'Beslissing',
  'office.invoices.xml': 'XML (UBL) van factuur {number} ({reference})',
  'office.invoices.creditNoteXml': 'XML (UBL) van de creditnota',
  'office.invoices.noDeposit': 'Geen voorschot betaald',
  'office.invoices.difference.refund': '{amount} terug te storten',
  'office.invoices.difference.due': '{amount} nog te betalen door de aanvrager',
  'office.invoices.difference.none': 'Geen verschil',
  'office.invoices.status.submitted': 'Te beoordelen',
  'office.invoices.status.approved': 'Goedgekeurd',
  'office.invoices.status.disputed': 'Betwist: {reason}',
  'office.invoices.status.credited': 'Geannuleerd met een creditnota',
  'office.invoices.settlement.settled': 'Verschil geregeld',
  'office.invoices.settlement.refund_requested': 'Terugstorting gevraagd',
  'office.invoices.settlement.payment_requested': 'Betaling gevraagd aan de aanvrager',
  'office.invoices.approve': 'Factuur {number} ({reference}) goedkeuren',
  'office.invoices.reason': 'Reden van betwisting voor factuur {number} ({reference})',
  'office.invoices.reasonHint': 'De gerechtsdeurwaarder leest deze reden. Geen persoonsgegevens.',
  'office.invoices.dispute': 'Factuur {number} ({reference}) betwisten',
  'office.invoices.error.reason': 'Geef de reden waarom u factuur {number} ({reference}) betwist.',
  'office.invoices.error.already_decided': 'Over factuur {number} ({reference}) werd al beslist.',
  'office.invoices.error.not_settleable': 'Factuur {number} ({reference}) kan niet tegen het voorschot '
    + 'verrekend worden: er werd geen voorschot betaald.',
  'office.invoices.done.approved': 'De factuur is goedgekeurd.',
  'office.invoices.done.disputed': 'De factuur is betwist. De gerechtsdeurwaarder krijgt uw reden.',
  'office.invoices.forbidden.title': 'Geen toegang tot de facturen',
  'office.invoices.forbidden.body': 'Alleen medewerkers van burgerzaken en beheerders zien de '
    + 'facturen van gerechtsdeurwaarders.',
};

export const officeInvoicesFr: Record<keyof typeof officeInvoicesNl, string> = {
  'office.invoices.title': 'Factures des huissiers de justice',
  'office.invoices.intro': 'Chaque facture figure à côté de la provision payée par le '
    + 'déclarant pour le dossier. Si vous approuvez une facture, la différence est remboursée '
    + 'ou demandée au déclarant. Si vous la contestez, l\'huissier lit votre motif et peut la '
    + 'remplacer au moyen d\'une note de crédit.',
  'office.invoices.empty': 'Il n\'y a pas encore de factures pour votre commune.',
  'office.invoices.caption': 'Factures et provisions, les plus récentes d\'abord',
  'office.invoices.col.invoice': 'Facture',
  'office.invoices.col.case': 'Dossier',
  'office.invoices.col.bailiff': 'Huissier de justice',
  'office.invoices.col.deposit': 'Provision payée',
  'office.invoices.col.total': 'Montant de la facture (TVA comprise)',
  'office.invoices.col.difference': 'Différence',
  'office.invoices.col.status': 'Statut',
  'office.invoices.col.actions': 'Décision',
  'office.invoices.xml': 'XML (UBL) de la facture {number} ({reference})',
  'office.invoices.creditNoteXml': 'XML (UBL) de la note de crédit',
  'office.invoices.noDeposit': 'Aucune provision payée',
  'office.invoices.difference.refund': '{amount} à rembourser',
  'office.invoices.difference.due': '{amount} encore dus par le déclarant',
  'office.invoices.difference.none': 'Aucune différence',
  'office.invoices.status.submitted': 'À examiner',
  'office.invoices.status.approved': 'Approuvée',
  'office.invoices.status.disputed': 'Contestée : {reason}',
  'office.invoices.status.credited': 'Annulée par une note de crédit',
  'office.invoices.settlement.settled': 'Différence réglée',
  'office.invoices.settlement.refund_requested': 'Remboursement demandé',
  'office.invoices.settlement.payment_requested': 'Paiement demandé au déclarant',
  'office.invoices.approve': 'Approuver la facture {number} ({reference})',
  'office.invoices.reason': 'Motif de contestation de la facture {number} ({reference})',
  'office.invoices.reasonHint': 'L\'huissier lit ce motif. Pas de données personnelles.',
  'office.invoices.dispute': 'Contester la facture {number} ({reference})',
  'office.invoices.error.reason': 'Indiquez pourquoi vous contestez la facture {number} ({reference}).',
  'office.invoices.error.already_decided': 'La facture {number} ({reference}) a déjà fait l\'objet d\'une '
    + 'décision.',
  'office.invoices.error.not_settleable': 'La facture {number} ({reference}) ne peut pas être imputée sur la '
    + 'provision : aucune provision n\'a été payée.',
  'office.invoices.done.approved': 'La facture est approuvée.',
  'office.invoices.done.disputed': 'La facture est contestée. L\'huissier reçoit votre motif.',
  'office.invoices.forbidden.title': 'Pas d\'accès aux factures',
  'office.invoices.forbidden.body': 'Seuls les agents de la population et les administrateurs '
    + 'voient les factures des huissiers de justice.',
};

export const officeInvoicesDe: Record<keyof typeof officeInvoicesNl, string> = {
  'office.invoices.title': 'Rechnungen der Gerichtsvollzieher',
  'office.invoices.intro': 'Jede Rechnung steht neben dem Vorschuss, den der Antragsteller '
    + 'für die Akte gezahlt hat. Genehmigen Sie eine Rechnung, wird die Differenz erstattet '
    + 'oder beim Antragsteller angefordert. Bestreiten Sie sie, liest der Gerichtsvollzieher '
    + 'Ihre Begründung und kann sie durch eine Gutschrift ersetzen.',
  'office.invoices.empty': 'Es gibt noch keine Rechnungen für Ihre Gemeinde.',
  'office.invoices.caption': 'Rechnungen und Vorschüsse, die neuesten zuerst',
  'office.invoices.col.invoice': 'Rechnung',
  'office.invoices.col.case': 'Akte',
  'office.invoices.col.bailiff': 'Gerichtsvollzieher',
  'office.invoices.col.deposit': 'Gezahlter Vorschuss',
  'office.invoices.col.total': 'Rechnungsbetrag (inkl. MwSt.)',
  'office.invoices.col.difference': 'Differenz',
  'office.invoices.col.status': 'Status',
  'office.invoices.col.actions': 'Entscheidung',
  'office.invoices.xml': 'XML (UBL) der Rechnung {number} ({reference})',
  'office.invoices.creditNoteXml': 'XML (UBL) der Gutschrift',
  'office.invoices.noDeposit': 'Kein Vorschuss gezahlt',
  'office.invoices.difference.refund': '{amount} zu erstatten',
  'office.invoices.difference.due': '{amount} noch vom Antragsteller zu zahlen',
  'office.invoices.difference.none': 'Keine Differenz',
  'office.invoices.status.submitted': 'Zu prüfen',
  'office.invoices.status.approved': 'Genehmigt',
  'office.invoices.status.disputed': 'Bestritten: {reason}',
  'office.invoices.status.credited': 'Durch eine Gutschrift storniert',
  'office.invoices.settlement.settled': 'Differenz ausgeglichen',
  'office.invoices.settlement.refund_requested': 'Erstattung veranlasst',
  'office.invoices.settlement.payment_requested': 'Zahlung beim Antragsteller angefordert',
  'office.invoices.approve': 'Rechnung {number} ({reference}) genehmigen',
  'office.invoices.reason': 'Grund für das Bestreiten der Rechnung {number} ({reference})',
  'office.invoices.reasonHint': 'Der Gerichtsvollzieher liest diesen Grund. Keine '
    + 'personenbezogenen Daten.',
  'office.invoices.dispute': 'Rechnung {number} ({reference}) bestreiten',
  'office.invoices.error.reason': 'Geben Sie an, warum Sie die Rechnung {number} ({reference}) bestreiten.',
  'office.invoices.error.already_decided': 'Über die Rechnung {number} ({reference}) wurde bereits entschieden.',
  'office.invoices.error.not_settleable': 'Die Rechnung {number} ({reference}) kann nicht mit dem Vorschuss '
    + 'verrechnet werden: Es wurde kein Vorschuss gezahlt.',
  'office.invoices.done.approved': 'Die Rechnung ist genehmigt.',
  'office.invoices.done.disputed': 'Die Rechnung ist bestritten. Der Gerichtsvollzieher erhält '
    + 'Ihre Begründung.',
  'office.invoices.forbidden.title': 'Kein Zugang zu den Rechnungen',
  'office.invoices.forbidden.body': 'Nur Mitarbeiter des Bürgerservice und Administratoren sehen '
    + 'die Rechnungen der Gerichtsvollzieher.',
};

export const officeInvoicesEn: Record<keyof typeof officeInvoicesNl, string> = {
  'office.invoices.title': 'Bailiffs\' invoices',
  'office.invoices.intro': 'Each invoice is shown beside the deposit the declarant paid for '
    + 'the case. When you approve an invoice, the difference is refunded or asked of the '
    + 'declarant. When you dispute it, the bailiff reads your reason and can replace it with a '
    + 'credit note.',
  'office.invoices.empty': 'There are no invoices for your municipality yet.',
  'office.invoices.caption': 'Invoices and deposits, newest first',
  'office.invoices.col.invoice': 'Invoice',
  'office.invoices.col.case': 'Case',
  'office.invoices.col.bailiff': 'Bailiff',
  'office.invoices.col.deposit': 'Deposit paid',
  'office.invoices.col.total': 'Invoice total (VAT included)',
  'office.invoices.col.difference': 'Difference',
  'office.invoices.col.status': 'Status',
  'office.invoices.col.actions': 'Decision',
  'office.invoices.xml': 'XML (UBL) of invoice {number} ({reference})',
  'office.invoices.creditNoteXml': 'XML (UBL) of the credit note',
  'office.invoices.noDeposit': 'No deposit paid',
  'office.invoices.difference.refund': '{amount} to refund',
  'office.invoices.difference.due': '{amount} still due from the declarant',
  'office.invoices.difference.none': 'No difference',
  'office.invoices.status.submitted': 'To review',
  'office.invoices.status.approved': 'Approved',
  'office.invoices.status.disputed': 'Disputed: {reason}',
  'office.invoices.status.credited': 'Cancelled by a credit note',
  'office.invoices.settlement.settled': 'Difference settled',
  'office.invoices.settlement.refund_requested': 'Refund requested',
  'office.invoices.settlement.payment_requested': 'Payment asked of the declarant',
  'office.invoices.approve': 'Approve invoice {number} ({reference})',
  'office.invoices.reason': 'Reason for disputing invoice {number} ({reference})',
  'office.invoices.reasonHint': 'The bailiff reads this reason. No personal data.',
  'office.invoices.dispute': 'Dispute invoice {number} ({reference})',
  'office.invoices.error.reason': 'Give the reason why you dispute invoice {number} ({reference}).',
  'office.invoices.error.already_decided': 'Invoice {number} ({reference}) was already decided.',
  'office.invoices.error.not_settleable': 'Invoice {number} ({reference}) cannot be set against the deposit: '
    + 'no deposit was paid.',
  'office.invoices.done.approved': 'The invoice is approved.',
  'office.invoices.done.disputed': 'The invoice is disputed. The bailiff gets your reason.',
  'office.invoices.forbidden.title': 'No access to invoices',
  'office.invoices.forbidden.body': 'Only civil affairs staff and administrators see the '
    + 'bailiffs\' invoices.',
};
