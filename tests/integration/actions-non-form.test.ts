import { beforeEach, describe, it, vi } from 'vitest';
import { nextHeadersMock, setRequestHeaders } from '../support/next-request';

// A server action can be posted directly with any argument in place of the form (React decodes whatever the request
// says). Every action must then answer like an empty form (its refusal or its "fill this in"), never fail with a 500:
// before, the login, account and import actions read `formData.get` of whatever came and threw (seen in the e2e log).
vi.mock('next/headers', () => nextHeadersMock);
vi.mock('next/cache', () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));
vi.mock('next-intl/server', () => ({ getTranslations: () => Promise.resolve((key: string) => key) }));
vi.mock('@/lib/i18n/navigation', () => ({ redirect: vi.fn() }));

const auth = await import('@/lib/actions/auth');
const account = await import('@/lib/actions/account');
const imports = await import('@/lib/actions/import');
const reports = await import('@/lib/actions/centre-report');
const users = await import('@/lib/actions/users');

// What a direct post can decode to instead of a FormData.
const NOT_FORMS: unknown[] = [null, 'text', 42, { get: 1 }, ['a', 'b'], { locale: 'en' }];

const actions: [string, (arg: unknown) => Promise<unknown>][] = [
  ['loginAction', (f) => auth.loginAction({ ok: true, step: 'password' } as never, f as FormData)],
  ['totpLoginAction', (f) => auth.totpLoginAction({ ok: true, step: 'totp' } as never, f as FormData)],
  ['logoutAction', (f) => auth.logoutAction(f as FormData)],
  ['changePasswordAction', (f) => account.changePasswordAction({} as never, f as FormData)],
  ['totpSetupAction', (f) => account.totpSetupAction({} as never, f as FormData)],
  ['totpDisableAction', (f) => account.totpDisableAction({} as never, f as FormData)],
  ['previewPageAction', (f) => imports.previewPageAction({} as never, f as FormData)],
  ['saveImportedProjectAction', (f) => imports.saveImportedProjectAction({ ok: true }, f as FormData)],
  ['csvImportAction', (f) => imports.csvImportAction({} as never, f as FormData)],
  ['reportCentreAction', (f) => reports.reportCentreAction({} as never, f as FormData)],
  ['decideReportAction', (f) => reports.decideReportAction({} as never, f as FormData)],
  ['createUserAction', (f) => users.createUserAction({ ok: true }, f as FormData)],
];

beforeEach(() => setRequestHeaders({ origin: 'http://localhost:3000', host: 'localhost:3000' }));

describe('server actions posted with something other than a form', () => {
  it.each(actions)('%s answers as to an empty form', async (_name, call) => {
    // A throw here is what the server answered with a 500.
    for (const arg of NOT_FORMS) await call(arg);
  });
});
