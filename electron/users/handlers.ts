import type { CompanySession } from '../company/session';
import type { HandlerGroup } from '../dispatch';
import { archiveProfile, createProfile, getProfile, listProfiles, updateProfile } from './profiles';

export function userHandlers(session: CompanySession): HandlerGroup<'users'> {
  return {
    'users.current': () => {
      const ctx = session.require();
      return getProfile(ctx, ctx.user.id);
    },
    'users.list': ({ includeArchived }) => listProfiles(session.requireOpen(), includeArchived),
    'users.create': (input) => createProfile(session.require(), input),
    'users.update': (input) => updateProfile(session.require(), input),
    'users.archive': (input) => archiveProfile(session.require(), input),
    'users.switch': (input) => session.switchUser(input),
  };
}
