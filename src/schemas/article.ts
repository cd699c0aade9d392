// Schemas of this domain are added here.
export {};
