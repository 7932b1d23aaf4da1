export {};
//# sourceMappingURL=read-model.js.map