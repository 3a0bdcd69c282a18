import type { Database } from '../db/driver';
import { audit } from './audit';
import {
  connectionString,
  createInvitation,
  listInvitations,
  revokeInvitation,
} from './invitations';
import { createRepToken } from './secrets';

// The team commands of `npm run server -- …` (invitations and admins); cli.ts hands them
// what it does not know itself. Returns undefined for a command that is not one of these.

export const TEAM_USAGE = `  invite create --email E [--name N] [--hours H] [--server URL]
                                       one-time connection code for a rep (printed once)
  invite list | invite revoke <id>
  admin create --name N --email E      create an admin token for /admin (printed once)`;

const CLI = 'cli';

export async function runTeamCommand(
  db: Database,
  positional: string[],
  flags: Record<string, string>,
  out: (text: string) => void,
): Promise<number | undefined> {
  const [noun, verb, ...rest] = positional;
  if (noun === 'invite' && verb === 'create') {
    if (!flags.email) throw new Error('invite create needs --email.');
    const { invitation, code } = await createInvitation(db, {
      email: flags.email,
      ...(flags.name ? { name: flags.name } : {}),
      ...(flags.hours ? { ttlHours: Number(flags.hours) } : {}),
      createdBy: CLI,
    });
    const server = flags.server ?? process.env.PUBLIC_URL;
    out(
      `Connection code for ${invitation.email}, valid once until ${invitation.expiresAt}. Shown once:\n${
        server ? connectionString(server, code) : code
      }${server ? '' : '\n(Give --server https://your-server/ or set PUBLIC_URL to print the whole connection string.)'}`,
    );
    return 0;
  }
  if (noun === 'invite' && verb === 'list') {
    out(JSON.stringify(await listInvitations(db), null, 2));
    return 0;
  }
  if (noun === 'invite' && verb === 'revoke') {
    out(`Revoked ${await revokeInvitation(db, rest[0] ?? '', CLI)} invitation(s).`);
    return 0;
  }
  if (noun === 'admin' && verb === 'create') {
    if (!flags.name || !flags.email) throw new Error('admin create needs --name and --email.');
    const { rep, token } = await createRepToken(
      db,
      { name: flags.name, email: flags.email },
      { role: 'admin' },
    );
    await audit(db, { actor: CLI, action: 'admin.create', target: rep.email, detail: rep.id });
    out(
      `Admin token for ${rep.name} (id ${rep.id}). Shown once; sign in at /admin with it:\n${token}`,
    );
    return 0;
  }
  return undefined;
}
