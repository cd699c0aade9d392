// Public functions and types of this domain are re-exported here.
export {};
