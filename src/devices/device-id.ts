/**
 * Which device read an engagement. Graph's activityHistoryItem has no field for it (its properties
 * are fixed: https://learn.microsoft.com/graph/api/resources/projectrome-historyitem), so the
 * device travels in the one value this extension chooses freely: the history item's GUID. Every
 * install picks a random 48-bit _node_ once (the field of that name in RFC 9562's UUID layout) and
 * writes its engagements as UUIDv8 (RFC 9562 §5.8, the vendor-specific version) whose last 12 hex
 * digits are that node and whose other 74 bits are random. A GUID of version 4 (written before
 * this scheme) names no device. What a node is called is published separately (device-info.ts).
 * Pure: randomness is injected.
 */

/** 12 lower-case hex digits: a device's node. */
export type DeviceNode = string;

const NODE = /^[0-9a-f]{12}$/;
const V8_GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-([0-9a-f]{12})$/i;

/** Whether `value` is a well-formed node. */
export function isDeviceNode(value: unknown): value is DeviceNode {
  return typeof value === 'string' && NODE.test(value);
}

/** `length` random bytes (crypto.getRandomValues in the product). */
export type RandomBytes = (length: number) => Uint8Array;

/** A fresh node from 6 random bytes. */
export function newDeviceNode(random: RandomBytes): DeviceNode {
  return hex(random(6));
}

/**
 * A history-item GUID of this device: UUIDv8, variant 10, the node in the last group, 74 random
 * bits elsewhere (a collision needs ~2^37 engagements from one device).
 */
export function deviceGuid(node: DeviceNode, random: RandomBytes): string {
  const bytes = random(10);
  const b = Array.from(bytes);
  b[6] = 0x80 | ((b[6] ?? 0) & 0x0f);
  b[8] = 0x80 | ((b[8] ?? 0) & 0x3f);
  const h = hex(Uint8Array.from(b));
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${node}`;
}

/** The device that wrote a history item, or null for a GUID that names none (version 4, foreign). */
export function nodeOfGuid(id: string): DeviceNode | null {
  const match = V8_GUID.exec(id);
  return match?.[1] ? match[1].toLowerCase() : null;
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The parts of a device's default name, to be worded in any language: "Chrome on Windows (3FA2)"
 * in English, "Chrome unter Windows (3FA2)" in German (src/devices/device-name-words.ts).
 */
export interface DefaultDeviceName {
  /** The browser's brand: Chrome, Edge, Firefox, Chromium, or "Browser" for one not recognised. */
  browser: string;
  /** Windows, Android, macOS, ChromeOS or Linux; absent when the user agent names none. */
  system?: string;
  /** The node's last four hex digits, upper case ("3FA2"). */
  suffix: string;
}

/** "Chrome on Windows (3FA2)": the parts in English, as stored and published. */
function englishName({ browser, system, suffix }: DefaultDeviceName): string {
  return `${system ? `${browser} on ${system}` : browser} (${suffix})`;
}

/** The parts of this device's default name: its browser and system (deviceKind) and its node. */
export function defaultDeviceName(
  userAgent: string,
  node: DeviceNode,
  platform?: string,
): DefaultDeviceName {
  return { ...deviceKind(userAgent, platform), suffix: nodeSuffix(node) };
}

/** The node's last four hex digits, upper case ("3FA2"): what a default name shows of it. */
export function nodeSuffix(node: DeviceNode): string {
  return node.slice(-4).toUpperCase();
}

/**
 * A default name for this device from what the browser says about itself and its node, e.g.
 * "Chrome on Windows (3FA2)": brand and platform only (no version, no model), so it says nothing a
 * site could not, and the node's last four hex digits, so two computers with the same browser and
 * system are told apart in the lists of every device (#15). Always English: it is stored and
 * published to the other devices (markers.ts), which may speak another language; each device words
 * a name it recognises as a default in its own (readDefaultName).
 */
export function defaultDeviceLabel(userAgent: string, node: DeviceNode, platform?: string): string {
  return englishName(defaultDeviceName(userAgent, node, platform));
}

const BROWSERS = ['Edge', 'Firefox', 'Chromium', 'Chrome', 'Browser'];
const SYSTEMS = ['Windows', 'Android', 'macOS', 'ChromeOS', 'Linux'];
const ENGLISH_NAME = /^(\w+)(?: on (\w+))? \(([0-9A-F]{4})\)$/;

/**
 * The parts of `label` when it is exactly the default name (defaultDeviceLabel) of the device with
 * `node`: a known brand and system and that node's four digits. Null for anything else: a name the
 * user gave is shown as they wrote it.
 */
export function readDefaultName(label: string, node: DeviceNode): DefaultDeviceName | null {
  const [, browser = '', system, suffix] = ENGLISH_NAME.exec(label) ?? [];
  if (suffix !== nodeSuffix(node) || !BROWSERS.includes(browser)) return null;
  if (system !== undefined && !SYSTEMS.includes(system)) return null;
  return system === undefined ? { browser, suffix } : { browser, system, suffix };
}

/**
 * This device's identity named as the user chose (`chosen`, the deviceName setting) or, when they
 * chose nothing, by default; the same object when the name is already that, so the caller can
 * tell whether anything changed (a new name is then published to the other devices).
 */
export function withDeviceLabel<T extends { node: DeviceNode; label: string }>(
  identity: T,
  chosen: string,
  userAgent: string,
): T {
  const label = chosen.trim() || defaultDeviceLabel(userAgent, identity.node);
  return label === identity.label ? identity : { ...identity, label };
}

/** The browser's brand and its system (when the user agent names one), from the user agent. */
export function deviceKind(
  userAgent: string,
  platform?: string,
): Omit<DefaultDeviceName, 'suffix'> {
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chromium\//.test(userAgent)
        ? 'Chromium'
        : /Chrome\//.test(userAgent)
          ? 'Chrome'
          : 'Browser';
  const system =
    platform ??
    (/Windows/.test(userAgent)
      ? 'Windows'
      : /Android/.test(userAgent)
        ? 'Android'
        : /Mac OS X|Macintosh/.test(userAgent)
          ? 'macOS'
          : /CrOS/.test(userAgent)
            ? 'ChromeOS'
            : /Linux/.test(userAgent)
              ? 'Linux'
              : undefined);
  return system ? { browser, system } : { browser };
}
