export * from "./record-date";
export * from "./validity";
export * from "./claims";
export * from "./period";
