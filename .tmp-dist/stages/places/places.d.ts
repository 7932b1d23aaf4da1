/** Groups place mentions by gazetteer entry into the places layer (cities, regions, venues). */
export declare function places(): import("../../pipeline/stage.js").AnyStage;
