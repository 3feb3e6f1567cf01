// Reads the properties of one JSON request body with Graph's error wording: unknown properties,
// wrong types and missing required values are a 400 `invalidRequest` naming the property path.
import { type Instant, parseDateTimeOffset } from './datetime';
import { invalidRequest } from './errors';

/** Any JSON value. */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
/** A JSON object. */
export interface JsonObject {
  [key: string]: JsonValue;
}

/** Whether `value` is a JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const INT32_MAX = 2_147_483_647;

/** Reads one JSON object, remembering where it sits for error messages. */
export class Reader {
  constructor(
    private readonly obj: JsonObject,
    private readonly where: string,
    known: readonly string[],
    readOnly: readonly string[] = [],
  ) {
    for (const key of Object.keys(obj)) {
      // OData instance annotations (`@odata.type`, `historyItems@odata.context`) are allowed anywhere.
      if (key.includes('@')) continue;
      if (!known.includes(key) && !readOnly.includes(key)) {
        throw invalidRequest(`The property '${key}' does not exist on type '${where}'.`);
      }
    }
  }

  private name(key: string): string {
    return `${this.where}.${key}`;
  }

  /** The value, with JSON null treated as absent (every optional property is nullable). */
  private raw(key: string): JsonValue | undefined {
    const value = this.obj[key];
    return value === null ? undefined : value;
  }

  /** The string at `key`, undefined if absent; a 400 GraphError if it is not a string. */
  optionalString(key: string): string | undefined {
    const value = this.raw(key);
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw invalidRequest(`${this.name(key)} must be a string.`);
    return value;
  }

  /** The non-blank string at `key`; a 400 GraphError if absent, blank or not a string. */
  requiredString(key: string): string {
    const value = this.optionalString(key);
    if (value === undefined || value.trim() === '') {
      throw invalidRequest(`${this.name(key)} is required.`);
    }
    return value;
  }

  /** The boolean at `key`, undefined if absent; a 400 GraphError if it is not one. */
  optionalBoolean(key: string): boolean | undefined {
    const value = this.raw(key);
    if (value === undefined) return undefined;
    if (typeof value !== 'boolean') throw invalidRequest(`${this.name(key)} must be a boolean.`);
    return value;
  }

  /** The JSON object at `key`, undefined if absent; a 400 GraphError if it is not one. */
  optionalObject(key: string): JsonObject | undefined {
    const value = this.raw(key);
    if (value === undefined) return undefined;
    if (!isJsonObject(value)) throw invalidRequest(`${this.name(key)} must be a JSON object.`);
    return value;
  }

  /** The JSON object at `key`; a 400 GraphError if absent or not an object. */
  requiredObject(key: string): JsonObject {
    const value = this.optionalObject(key);
    if (value === undefined) throw invalidRequest(`${this.name(key)} is required.`);
    return value;
  }

  /** The array at `key`, undefined if absent; a 400 GraphError if it is not one. */
  optionalArray(key: string): JsonValue[] | undefined {
    const value = this.raw(key);
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) throw invalidRequest(`${this.name(key)} must be an array.`);
    return value;
  }

  /** The DateTimeOffset at `key` as an Instant, undefined if absent; a 400 GraphError if bad. */
  optionalDateTime(key: string): Instant | undefined {
    const text = this.optionalString(key);
    if (text === undefined) return undefined;
    const parsed = parseDateTimeOffset(text);
    if (!parsed) {
      throw invalidRequest(`${this.name(key)} is not a valid DateTimeOffset: '${text}'.`);
    }
    return parsed;
  }

  /** The DateTimeOffset at `key` as an Instant; a 400 GraphError if absent or invalid. */
  requiredDateTime(key: string): Instant {
    const value = this.optionalDateTime(key);
    if (value === undefined) throw invalidRequest(`${this.name(key)} is required.`);
    return value;
  }

  /** The non-negative Int32 at `key`, undefined if absent; a 400 GraphError otherwise. */
  optionalInt32(key: string): number | undefined {
    const value = this.raw(key);
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > INT32_MAX) {
      throw invalidRequest(`${this.name(key)} must be a non-negative Int32.`);
    }
    return value;
  }
}
