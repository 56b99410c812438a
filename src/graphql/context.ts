/** What every resolver gets: the request's store, its only door to the data. */
import type { DataSource } from "typeorm";
import { createStore, type Store } from "./store/store";

export interface Context {
  store: Store;
}

export function createContext(dataSource: DataSource): Context {
  return { store: createStore(dataSource) };
}
