// The bailiff's invoice: the model, its totals in integer cents, and UBL 2.1 (Peppol BIS
// Billing 3.0). Pure, no I/O.
export * from './belgian-ids.ts';
export * from './model.ts';
export * from './ubl.ts';
export * from './credit-note.ts';
