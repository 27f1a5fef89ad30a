/**
 * Hướng dẫn sử dụng: a short guide per role — the signed-in user's role first, the
 * others folded below — the keyboard shortcuts and how dashboard figures read.
 */
import { Link } from 'wouter';
import { useText } from '../platform/i18n';
import type { Role } from '../platform/session';
import { useUser } from '../platform/session';
import { shellText } from '../shell/text';
import { Page, Section } from '../ui/Page';
import { helpText, type RoleGuide } from './text';

const ROLE_ORDER: readonly Role[] = [
  'leader',
  'office',
  'unit_leader',
  'unit_staff',
  'admin',
  'viewer',
];

function GuideSteps({ guide }: { guide: RoleGuide }) {
  return (
    <>
      <p>{guide.who}</p>
      <ol className="help-steps">
        {guide.steps.map((step, i) => (
          <li key={i}>
            {step.text}{' '}
            {step.href && step.linkLabel && <Link href={step.href}>{step.linkLabel}</Link>}
          </li>
        ))}
      </ol>
    </>
  );
}

export function HelpPage() {
  const t = useText(helpText);
  const shell = useText(shellText);
  const user = useUser();
  const own = t.guides[user.role];
  const others = ROLE_ORDER.filter((r) => r !== user.role);
  return (
    <Page title={t.title} intro={<p>{t.intro}</p>}>
      <Section title={`${t.yourRole(shell.roles[user.role])} — ${own.title}`}>
        <GuideSteps guide={own} />
      </Section>
      <Section title={t.figures}>
        <p>{t.figuresText}</p>
      </Section>
      <Section title={t.keyboard}>
        <dl className="help-keys">
          {t.keys.map((k) => (
            <div key={k.key}>
              <dt>
                <kbd>{k.key}</kbd>
              </dt>
              <dd>{k.text}</dd>
            </div>
          ))}
        </dl>
      </Section>
      <Section title={t.otherRoles}>
        {others.map((role) => (
          <details key={role} className="help-role">
            <summary>{t.guides[role].title}</summary>
            <GuideSteps guide={t.guides[role]} />
          </details>
        ))}
      </Section>
    </Page>
  );
}
