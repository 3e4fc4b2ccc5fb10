import { isUuid } from '@openpb/domain/uuid';

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/** A database id taken from a client; anything that is not a UUID matches nothing. */
export function databaseId(id: string): string {
  return isUuid(id) ? id : NIL_UUID;
}

/**
 * The `where` for loading one tenant-owned row by id: rows of another council are not found,
 * exactly like ids that do not exist.
 */
export function tenantRowWhere(id: string, councilId: string): { id: string; councilId: string } {
  return { id: databaseId(id), councilId };
}
