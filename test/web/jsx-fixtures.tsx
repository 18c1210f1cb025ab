// JSX written for jsx.test.ts (the test runner picks up *.test.ts files only).
import { trustedJson } from '../../src/web/jsx/html.ts';

export const attack = '<script>alert("x")</script>';

export const textWithAttack = () => <p>Hello {attack}</p>;
export const attributesWithAttack = () => <a href={'/x" onclick="evil()'} title={attack}>go</a>;

const Item = ({ text }: { text: string }) => <li>{text}</li>;
export const listOfItems = (texts: string[]) =>
  <><ul>{texts.map((text) => <Item text={text} />)}</ul></>;

export const booleanAttributes = () =>
  <input id="x" required disabled={false} value={undefined} />;
export const nothingAndZero = () => <p>{null}{false}{0}</p>;

export const dataBlock = (value: unknown) =>
  <script type="application/ld+json">{trustedJson(value)}</script>;
