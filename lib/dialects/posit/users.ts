import "server-only";
// Posit's user bodies onto the users services, and the user object back (with its ETag).
import { positCreateUserSchema, positUpdateUserSchema, type CreateUserInput, type MemberDto, type UpdateUserInput } from "@/lib/schemas/users";
import { memberEtag } from "@/lib/server/users/member-dto";
import { parseInput } from "@/lib/server/validation";
import { toPositMember } from "./groups";

const ROLE = { administrator: "admin", publisher: "publisher", viewer: "viewer" } as const;

/** `POST v1/users` → the create service's input (a viewer unless `user_role` says otherwise). */
export function fromPositCreateUser(body: unknown): CreateUserInput {
  const b = parseInput(positCreateUserSchema, body);
  return { email: b.email, username: b.username, password: b.password, firstName: b.first_name ?? "", lastName: b.last_name ?? "", role: ROLE[b.user_role ?? "viewer"] };
}

/** `PUT|PATCH v1/users/{guid}` → the update service's input; `null` names are cleared to "". */
export function fromPositUpdateUser(body: unknown): UpdateUserInput {
  const b = parseInput(positUpdateUserSchema, body);
  return {
    email: b.email,
    username: b.username,
    firstName: b.first_name === null ? "" : b.first_name,
    lastName: b.last_name === null ? "" : b.last_name,
    role: b.user_role && ROLE[b.user_role],
  };
}

export const positMemberResponse = (member: MemberDto) => Response.json(toPositMember(member), { headers: { etag: memberEtag(member) } });
