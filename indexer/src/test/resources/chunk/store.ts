import { EventEmitter } from "events";
import type { Logger } from "./log";

/** A record with a stable id. */
export interface Entity {
  id: string;
  updatedAt?: Date;
}

/** Keys of T whose values are strings. */
export type StringKeys<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T];

export enum Order {
  Asc = "asc",
  Desc = "desc",
}

/**
 * In-memory store of entities, keyed by id.
 */
export class Store<T extends Entity> extends EventEmitter {
  private readonly items = new Map<string, T>();

  constructor(private readonly log: Logger) {
    super();
  }

  /** Inserts or replaces an entity. */
  upsert(item: T): void {
    this.items.set(item.id, { ...item, updatedAt: new Date() });
    this.emit("upsert", item.id);
    this.log.debug(`upserted ${item.id}`);
  }

  list(order: Order = Order.Asc): T[] {
    const all = [...this.items.values()];
    return order === Order.Asc ? all : all.reverse();
  }
}

/** Sorts entities by one of their string fields. */
export function sortBy<T extends Entity>(items: T[], key: StringKeys<T>): T[] {
  return [...items].sort((a, b) => String(a[key]).localeCompare(String(b[key])));
}

export const byId = <T extends Entity>(items: T[]): Map<string, T> =>
  new Map(items.map((i) => [i.id, i]));
