import type { CapturedItem, RecipientGroup } from '../../app/captured-messages.ts';

const kindNames: Record<RecipientGroup['kind'], string> = {
  person: 'Citizen', municipality: 'Municipality', bailiff: 'Bailiff', unknown: 'Unknown address',
};

/**
 * The development page of captured mail and SMS, in English like the other development
 * tools: one section per recipient, newest first, each mail as rendered (its HTML part in a
 * sandboxed frame served with a policy of its own).
 */
export function DevMessagesPage({ groups }: { groups: RecipientGroup[] }) {
  const count = groups.reduce((n, g) => n + g.items.length, 0);
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Captured messages (development)</title>
        <link rel="stylesheet" href="/assets/site.css" />
      </head>
      <body>
        <main id="main" class="container">
          <h1>Captured messages (development)</h1>
          <p>What the embedded SMTP server and SMS sink received: {count} messages, grouped
            per recipient, newest first. Nothing here left the machine.</p>
          {groups.length === 0 ? <p>No mail or SMS yet.</p> : null}
          {groups.map((group, index) => <Group group={group} index={index} />)}
        </main>
      </body>
    </html>
  );
}

function Group({ group, index }: { group: RecipientGroup; index: number }) {
  return (
    <section class="dev-recipient" aria-labelledby={`recipient-${index}`}>
      <h2 id={`recipient-${index}`}>{kindNames[group.kind]}: {group.label}</h2>
      <ol class="dev-messages">
        {group.items.map((item) => <li><Item item={item} /></li>)}
      </ol>
    </section>
  );
}

function status(item: CapturedItem): string {
  if (item.delivery) {
    return `delivery ${item.delivery.id}: ${item.delivery.status}`
      + ` (attempts: ${item.delivery.attempts})`;
  }
  if (item.confirmationCode) return 'confirmation code, sent directly (no delivery record)';
  return item.deliveryId ? `delivery ${item.deliveryId}: no such delivery` : 'no delivery record';
}

function Item({ item }: { item: CapturedItem }) {
  const when = item.receivedAt.toISOString();
  return (
    <article class={`dev-message dev-${item.kind}`}>
      <h3>{item.kind === 'mail' ? `E-mail: ${item.subject ?? '(no subject)'}` : 'SMS'}</h3>
      <dl class="summary">
        <dt>To</dt><dd>{item.to}</dd>
        {item.from ? <><dt>From</dt><dd>{item.from}</dd></> : null}
        <dt>Received</dt><dd><time datetime={when}>{when}</time></dd>
        <dt>Status</dt><dd class="dev-status">{status(item)}</dd>
      </dl>
      <pre class="dev-text">{item.text}</pre>
      {item.hasHtml ? (
        <iframe src={`/dev/messages/mail/${item.id}/html`} sandbox="" width="100%" height="360"
          title={`HTML part of the e-mail ${item.subject ?? item.id}`}></iframe>
      ) : null}
    </article>
  );
}
