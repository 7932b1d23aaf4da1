export function defineStage(stage) {
    return stage;
}
//# sourceMappingURL=stage.js.map