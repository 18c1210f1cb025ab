// Signing and handing over the declaration: the declarant, the partner, the counter.
import { staffRoles } from './actors.ts';
import { automatic, base, contextOf } from './emit.ts';
import type { HandlerTable } from './handler.ts';
import { fail } from './handler.ts';
import { afterHandOver, afterSignatures, andThen, followUp, partnerInvitation } from './steps.ts';

const counterStaff = staffRoles.filter((role) => role !== 'administrator');

export const signingHandlers = {
  SignDeclaration: {
    roles: ['declarant'],
    statuses: ['draft'],
    run(state, command, now) {
      const ctx = contextOf(command, now);
      const signed = { ...base('DeclarationSigned', ctx), path: state.path };
      if (state.path === 'joint') return [signed, partnerInvitation(state, automatic(ctx))];
      return andThen(state, [signed], (s) => afterSignatures(s, automatic(ctx)));
    },
  },

  SignAsPartner: {
    roles: ['partner'],
    statuses: ['awaiting_partner'],
    run(state, command, now) {
      const ctx = contextOf(command, now);
      const signed = base('PartnerSigned', ctx);
      return andThen(state, [signed], (s) => afterSignatures(s, automatic(ctx)));
    },
  },

  RefuseAsPartner: {
    roles: ['partner'],
    statuses: ['awaiting_partner'],
    run(state, command, now) {
      if (typeof command.shareWithDeclarant !== 'boolean') {
        fail('invalid_input', state, command, 'shareWithDeclarant must be true or false');
      }
      const ctx = contextOf(command, now);
      const refused = {
        ...base('PartnerRefused', ctx),
        shareWithDeclarant: command.shareWithDeclarant,
      };
      return [refused, followUp(state, automatic(ctx), 'refusal')];
    },
  },

  ContinueUnilaterally: {
    roles: ['declarant'],
    statuses: ['awaiting_declarant_choice'],
    run(state, command, now) {
      const ctx = contextOf(command, now);
      const chose = base('DeclarantChoseUnilateral', ctx);
      const signed = { ...base('DeclarationSigned', ctx), path: 'unilateral' as const };
      return andThen(state, [chose, signed], (s) => afterSignatures(s, automatic(ctx)));
    },
  },

  RecordCounterVisit: {
    roles: counterStaff,
    statuses: ['awaiting_counter_visit'],
    run(state, command, now) {
      const handedOverBy =
        state.path === 'joint' ? [state.declarant, state.partner] : [state.declarant];
      if (!handedOverBy.includes(command.presentedBy)) {
        fail('invalid_input', state, command, 'presentedBy must be a signing partner');
      }
      if (typeof command.byProxy !== 'boolean') {
        fail('invalid_input', state, command, 'byProxy must be true or false');
      }
      const ctx = contextOf(command, now);
      const { presentedBy, byProxy } = command;
      const visit = { ...base('CounterVisitRecorded', ctx), presentedBy, byProxy };
      return andThen(state, [visit], (s) => afterHandOver(s, automatic(ctx)));
    },
  },
} satisfies Partial<HandlerTable>;
