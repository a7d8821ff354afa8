export * from "./auth";
export * from "./organizations";
export * from "./programmes";
export * from "./email";
export * from "./system";
export * from "./scheduling";
export * from "./mentoring";
export * from "./codevelopment";
